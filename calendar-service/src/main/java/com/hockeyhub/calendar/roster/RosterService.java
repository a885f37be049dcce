package com.hockeyhub.calendar.roster;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's local copy of team rosters: who to invite when a team event is created. */
@Service
public class RosterService {

    private final RosterMemberRepository members;

    public RosterService(RosterMemberRepository members) {
        this.members = members;
    }

    @Transactional(readOnly = true)
    public List<RosterMember> members(UUID teamId) {
        return members.findByTeamId(teamId);
    }

    @Transactional(readOnly = true)
    public List<RosterMember> membersOfOrganization(UUID organizationId) {
        return members.findByOrganizationId(organizationId);
    }

    /** The clubs the roster knows of (from user-service's membership events). */
    @Transactional(readOnly = true)
    public List<UUID> organizations() {
        return members.organizations();
    }

    @Transactional(readOnly = true)
    public boolean isMember(UUID teamId, UUID userId) {
        return members.existsByTeamIdAndUserId(teamId, userId);
    }

    /** Records the membership; returns false when it was already known (a redelivered or repeated event). */
    @Transactional
    public boolean add(UUID organizationId, UUID teamId, UUID userId, String teamRole) {
        var existing = members.findByTeamIdAndUserId(teamId, userId);
        if (existing.isPresent()) {
            existing.get().setTeamRole(teamRole);
            return false;
        }
        members.saveAndFlush(new RosterMember(organizationId, teamId, userId, teamRole));
        return true;
    }

    @Transactional
    public boolean remove(UUID teamId, UUID userId) {
        var existing = members.findByTeamIdAndUserId(teamId, userId);
        existing.ifPresent(members::delete);
        return existing.isPresent();
    }
}
