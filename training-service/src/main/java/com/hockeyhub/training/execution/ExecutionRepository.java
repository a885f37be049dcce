package com.hockeyhub.training.execution;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExecutionRepository extends JpaRepository<WorkoutExecution, UUID> {

    List<WorkoutExecution> findByAssignmentIdIn(Collection<UUID> assignmentIds);

    boolean existsBySessionIdAndStatus(UUID sessionId, ExecutionStatus status);

    List<WorkoutExecution> findByOrganizationIdAndPlayerIdOrderByStartedAtDesc(UUID organizationId, UUID playerId);
}
