package com.hockeyhub.shared.api.communication;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The club-onboarding saga's last step ({@code POST /api/onboarding/welcome}, service token,
 * {@code Idempotency-Key}): a welcome notification to the new club's admin and the club-wide conversation.
 * Not compensable; a repeat with the same key creates nothing new.
 */
public record WelcomeRequest(
        @NotNull UUID organizationId,
        @NotBlank @Size(max = 200) String organizationName,
        @NotNull UUID adminUserId) {
}
