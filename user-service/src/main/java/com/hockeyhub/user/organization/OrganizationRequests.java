package com.hockeyhub.user.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

public final class OrganizationRequests {

    static final String SUBDOMAIN = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";
    static final String COLOR = "^#[0-9A-Fa-f]{6}$";

    private OrganizationRequests() {
    }

    public record CreateOrganization(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(min = 2, max = 63) @Pattern(regexp = SUBDOMAIN, message = "must be lower-case letters, digits and inner hyphens") String subdomain,
            @Size(max = 500) @URL String logoUrl,
            @Pattern(regexp = COLOR, message = "must be a colour like #1A2B3C") String primaryColor,
            @Pattern(regexp = COLOR, message = "must be a colour like #1A2B3C") String secondaryColor,
            SubscriptionTier subscriptionTier) {
    }

    /** Partial update; {@code subscriptionTier} and {@code active} only for super admins. */
    public record UpdateOrganization(
            @Size(min = 1, max = 200) String name,
            @Size(max = 500) @URL String logoUrl,
            @Pattern(regexp = COLOR, message = "must be a colour like #1A2B3C") String primaryColor,
            @Pattern(regexp = COLOR, message = "must be a colour like #1A2B3C") String secondaryColor,
            SubscriptionTier subscriptionTier,
            Boolean active,
            Long version) {
    }
}
