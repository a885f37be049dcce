package com.hockeyhub.planning.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<PracticePlan, UUID> {

    List<PracticePlan> findByTeamIdAndDateBetweenOrderByDateAscStartsAtAsc(UUID teamId, LocalDate from, LocalDate to);

    List<PracticePlan> findByCalendarEventId(UUID calendarEventId);
}
