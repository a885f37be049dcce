package com.hockeyhub.shared.api.admin;

import java.util.UUID;

/** What provisioning a club created (or, after the compensation, removed). */
public record ClubProvisioningDto(UUID organizationId, int settings, int featureFlags) {
}
