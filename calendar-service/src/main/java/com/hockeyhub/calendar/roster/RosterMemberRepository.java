package com.hockeyhub.calendar.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RosterMemberRepository extends JpaRepository<RosterMember, UUID> {

    List<RosterMember> findByTeamId(UUID teamId);

    Optional<RosterMember> findByTeamIdAndUserId(UUID teamId, UUID userId);

    boolean existsByTeamIdAndUserId(UUID teamId, UUID userId);

    List<RosterMember> findByOrganizationId(UUID organizationId);

    @org.springframework.data.jpa.repository.Query("select distinct r.organizationId from RosterMember r")
    List<UUID> organizations();
}
