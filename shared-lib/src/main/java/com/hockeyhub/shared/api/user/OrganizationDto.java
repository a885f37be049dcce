package com.hockeyhub.shared.api.user;

import java.time.Instant;
import java.util.UUID;

/** A club. {@code subscriptionTier} is one of basic, standard, premium, enterprise. */
public record OrganizationDto(UUID id, String name, String subdomain, String logoUrl, String primaryColor,
                              String secondaryColor, String subscriptionTier, boolean active, Instant createdAt,
                              Long version) {
}
