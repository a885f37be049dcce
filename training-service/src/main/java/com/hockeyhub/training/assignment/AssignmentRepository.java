package com.hockeyhub.training.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    List<Assignment> findBySessionIdOrderByPlayerId(UUID sessionId);

    Optional<Assignment> findBySessionIdAndPlayerId(UUID sessionId, UUID playerId);

    List<Assignment> findByPlayerIdAndTeamIdAndStatus(UUID playerId, UUID teamId, AssignmentStatus status);

    List<Assignment> findByPlayerIdAndSessionIdIn(UUID playerId, Collection<UUID> sessionIds);

    List<Assignment> findByPlayerIdAndStatus(UUID playerId, AssignmentStatus status);

    List<Assignment> findTop200ByOrganizationIdAndPlayerIdOrderByCreatedAtDesc(UUID organizationId, UUID playerId);
}
