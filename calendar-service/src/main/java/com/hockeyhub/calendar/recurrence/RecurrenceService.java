package com.hockeyhub.calendar.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.calendar.recurrence.RecurrenceExpander.Occurrence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Series rows and their bounded expansion. */
@Service
public class RecurrenceService {

    private final RecurrenceSeriesRepository series;
    private final CalendarProperties properties;

    public RecurrenceService(RecurrenceSeriesRepository series, CalendarProperties properties) {
        this.series = series;
        this.properties = properties;
    }

    public RecurrenceRule parse(String rrule, ZoneId zone) {
        return RecurrenceRule.parse(rrule, zone);
    }

    /** Every occurrence of the rule from {@code dtstart}, bounded by the configured maximum (422 beyond it). */
    public List<Occurrence> expand(RecurrenceRule rule, LocalDateTime dtstart, ZoneId zone,
            Collection<LocalDate> exceptionDates) {
        return RecurrenceExpander.expand(rule, dtstart, zone, exceptionDates, properties.maxOccurrences());
    }

    public List<Occurrence> expand(RecurrenceSeries s) {
        return expand(s.rule(), s.getDtstartLocal(), s.zone(), s.getExceptionDates());
    }

    public List<Occurrence> between(RecurrenceSeries s, Instant from, Instant to) {
        return RecurrenceExpander.between(s.rule(), s.getDtstartLocal(), s.zone(), s.getExceptionDates(), from, to,
                properties.maxOccurrences());
    }

    @Transactional
    public RecurrenceSeries save(RecurrenceSeries s) {
        return series.saveAndFlush(s);
    }

    @Transactional(readOnly = true)
    public Optional<RecurrenceSeries> find(UUID id) {
        return id == null ? Optional.empty() : series.findById(id);
    }

    @Transactional(readOnly = true)
    public Map<UUID, RecurrenceSeries> findAll(Collection<UUID> ids) {
        return series.findAllById(ids).stream().collect(Collectors.toMap(RecurrenceSeries::getId, Function.identity()));
    }
}
