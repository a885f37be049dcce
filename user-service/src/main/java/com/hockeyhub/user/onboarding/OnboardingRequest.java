package com.hockeyhub.user.onboarding;

import java.util.List;

import com.hockeyhub.user.organization.SubscriptionTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new club: its name and subdomain, its first admin (invited by e-mail to set a password) and its first teams
 * (default: one senior team).
 */
public record OnboardingRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(min = 2, max = 63) @Pattern(regexp = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
                message = "must be lower-case letters, digits and inner hyphens") String subdomain,
        SubscriptionTier tier,
        @NotNull @Valid Admin admin,
        @Size(max = 10) List<@Valid @NotNull Team> teams) {

    public record Admin(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 100) String firstName,
                        @NotBlank @Size(max = 100) String lastName) {
    }

    public record Team(@NotBlank @Size(max = 100) String name,
                       @Size(max = 20) @Pattern(regexp = "^(U\\d{1,2}|Junior|Senior|Adult|Masters|Open)$",
                               message = "must be like U16, Junior, Senior, Adult, Masters or Open") String ageGroup) {
    }
}
