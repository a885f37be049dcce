package com.hockeyhub.shared.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The club-onboarding saga's step "default configuration and feature flags"
 * ({@code POST /api/admin/provisioning/clubs}, service token, {@code Idempotency-Key}). Compensation:
 * {@code DELETE /api/admin/provisioning/clubs/{organizationId}} removes what provisioning created.
 */
public record ProvisionClubRequest(@NotNull UUID organizationId, @NotBlank @Size(max = 200) String organizationName) {
}
