package com.hockeyhub.calendar.recurrence;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecurrenceSeriesRepository extends JpaRepository<RecurrenceSeries, UUID> {
}
