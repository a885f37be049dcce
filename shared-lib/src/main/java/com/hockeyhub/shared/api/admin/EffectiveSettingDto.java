package com.hockeyhub.shared.api.admin;

import tools.jackson.databind.JsonNode;

/**
 * The value of one setting that applies to a club, team or person ({@code GET /api/settings} of admin-service):
 * its typed JSON {@code value} and the scope it comes from ({@code user}, {@code team}, {@code organization} or
 * {@code system}). {@code type} is {@code boolean}, {@code integer}, {@code number}, {@code string} or {@code json};
 * feature flags are the booleans of category {@code features}.
 */
public record EffectiveSettingDto(String key, String category, String type, JsonNode value, String source) {
}
