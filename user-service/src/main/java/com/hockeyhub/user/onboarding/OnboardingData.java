package com.hockeyhub.user.onboarding;

import java.util.List;
import java.util.UUID;

/**
 * What the club-onboarding saga carries from step to step (persisted with the saga): every id is chosen up front,
 * so a retried or recovered local step finds what an earlier attempt created instead of creating it twice. No
 * password: the admin sets theirs from the invitation.
 */
public record OnboardingData(UUID organizationId, String name, String subdomain, String tier, UUID adminUserId,
                             String adminEmail, String adminFirstName, String adminLastName, List<TeamData> teams,
                             UUID requestedBy) {

    public record TeamData(UUID teamId, String name, String ageGroup) {
    }
}
