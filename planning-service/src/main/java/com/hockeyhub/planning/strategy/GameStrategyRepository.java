package com.hockeyhub.planning.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GameStrategyRepository extends JpaRepository<GameStrategy, UUID> {

    Optional<GameStrategy> findByCalendarEventId(UUID calendarEventId);

    List<GameStrategy> findByTeamIdOrderByGameDateDesc(UUID teamId);
}
