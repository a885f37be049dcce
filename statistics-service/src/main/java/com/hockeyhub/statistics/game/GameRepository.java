package com.hockeyhub.statistics.game;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GameRepository extends JpaRepository<Game, UUID> {

    Optional<Game> findByDivisionIdAndHomeTeamIdAndAwayTeamIdAndPlayedAt(UUID divisionId, UUID homeTeamId,
            UUID awayTeamId, Instant playedAt);

    Optional<Game> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
