package com.hockeyhub.medical.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMembershipRepository extends JpaRepository<TeamMembership, UUID> {

    Optional<TeamMembership> findByTeamIdAndPlayerId(UUID teamId, UUID playerId);

    List<TeamMembership> findByPlayerId(UUID playerId);

    List<TeamMembership> findByTeamIdAndOrganizationIdOrderByJerseyNumberAscPlayerIdAsc(UUID teamId, UUID organizationId);

    Optional<TeamMembership> findFirstByTeamId(UUID teamId);
}
