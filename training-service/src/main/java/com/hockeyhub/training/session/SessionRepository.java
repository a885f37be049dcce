package com.hockeyhub.training.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<WorkoutSession, UUID> {

    List<WorkoutSession> findByOrganizationIdAndTeamIdAndStartsAtBetweenOrderByStartsAt(UUID organizationId,
            UUID teamId, Instant from, Instant to);

    @Query(value = "SELECT EXISTS (SELECT 1 FROM assignments WHERE session_id = ?1 AND deleted_at IS NULL)",
            nativeQuery = true)
    boolean hasAssignments(UUID sessionId);
}
