package com.hockeyhub.training.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<WorkoutSession, UUID> {

    List<WorkoutSession> findByOrganizationIdAndTeamIdAndStartsAtBetweenOrderByStartsAt(UUID organizationId,
            UUID teamId, Instant from, Instant to);

    List<WorkoutSession> findByTeamIdAndStatusAndStartsAtAfterOrderByStartsAt(UUID teamId, SessionStatus status,
            Instant after);
}
