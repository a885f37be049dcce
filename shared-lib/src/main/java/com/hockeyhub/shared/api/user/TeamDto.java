package com.hockeyhub.shared.api.user;

import java.util.UUID;

/** A team of a club. {@code teamType} is one of youth, junior, senior, recreational. */
public record TeamDto(UUID id, UUID organizationId, String name, String teamType, String ageGroup, String season,
                      String description, boolean active, long memberCount, Long version) {
}
