package com.hockeyhub.shared.testapp.saga;

import java.util.List;
import java.util.UUID;

/** Data of the demo "create organization" saga; each step fills in what it created. */
public record CreateOrganizationData(String organizationName, String adminEmail, List<String> teamNames,
                                     UUID organizationId, UUID adminId, List<UUID> teamIds, UUID trialId,
                                     boolean welcomed) {

    public static CreateOrganizationData of(String organizationName, String adminEmail, String... teams) {
        return new CreateOrganizationData(organizationName, adminEmail, List.of(teams), null, null, List.of(), null,
                false);
    }

    public CreateOrganizationData withOrganizationId(UUID id) {
        return new CreateOrganizationData(organizationName, adminEmail, teamNames, id, adminId, teamIds, trialId, welcomed);
    }

    public CreateOrganizationData withAdminId(UUID id) {
        return new CreateOrganizationData(organizationName, adminEmail, teamNames, organizationId, id, teamIds, trialId,
                welcomed);
    }

    public CreateOrganizationData withTeamIds(List<UUID> ids) {
        return new CreateOrganizationData(organizationName, adminEmail, teamNames, organizationId, adminId, ids, trialId,
                welcomed);
    }

    public CreateOrganizationData withTrialId(UUID id) {
        return new CreateOrganizationData(organizationName, adminEmail, teamNames, organizationId, adminId, teamIds, id,
                welcomed);
    }

    public CreateOrganizationData withWelcomeSent() {
        return new CreateOrganizationData(organizationName, adminEmail, teamNames, organizationId, adminId, teamIds,
                trialId, true);
    }
}
