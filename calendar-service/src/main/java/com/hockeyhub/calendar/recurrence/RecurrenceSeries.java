package com.hockeyhub.calendar.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A recurring series: its rule (RRULE text plus the parsed parts, for queries and reports), the wall-clock start
 * and duration of each occurrence, the time zone the rule is evaluated in, and the dates taken out of it.
 */
@Entity
@Table(name = "recurrence_rules")
public class RecurrenceSeries extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "rrule", nullable = false)
    private String rrule;

    @Column(name = "frequency", nullable = false)
    private String frequency;

    @Column(name = "interval_value", nullable = false)
    private int intervalValue;

    @Column(name = "by_day")
    private String byDay;

    @Column(name = "by_month_day")
    private String byMonthDay;

    @Column(name = "occurrence_count")
    private Integer occurrenceCount;

    @Column(name = "until_at")
    private Instant untilAt;

    /** ISO dates, comma separated. */
    @Column(name = "exception_dates")
    private String exceptionDates;

    @Column(name = "dtstart_local", nullable = false)
    private LocalDateTime dtstartLocal;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    protected RecurrenceSeries() {
    }

    public RecurrenceSeries(UUID organizationId, RecurrenceRule rule, LocalDateTime dtstartLocal, int durationMinutes,
            ZoneId zone, Collection<LocalDate> exceptionDates) {
        this.organizationId = organizationId;
        this.timeZone = zone.getId();
        define(rule, dtstartLocal, durationMinutes, exceptionDates);
    }

    public final void define(RecurrenceRule rule, LocalDateTime dtstart, int duration, Collection<LocalDate> exdates) {
        this.rrule = rule.format();
        this.frequency = rule.frequency().name().toLowerCase(java.util.Locale.ROOT);
        this.intervalValue = rule.interval();
        this.byDay = rule.byDay().isEmpty() ? null : rule.byDay().stream()
                .map(RecurrenceRule.WeekdayNum::format).collect(Collectors.joining(","));
        this.byMonthDay = rule.byMonthDay().isEmpty() ? null : rule.byMonthDay().stream()
                .map(String::valueOf).collect(Collectors.joining(","));
        this.occurrenceCount = rule.count();
        this.untilAt = rule.until();
        this.dtstartLocal = dtstart;
        this.durationMinutes = duration;
        this.exceptionDates = exdates == null || exdates.isEmpty() ? null
                : exdates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    public RecurrenceRule rule() {
        return RecurrenceRule.parse(rrule, zone());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<LocalDate> getExceptionDates() {
        if (exceptionDates == null || exceptionDates.isBlank()) {
            return List.of();
        }
        return Arrays.stream(exceptionDates.split(",")).map(LocalDate::parse).toList();
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getRrule() {
        return rrule;
    }

    public LocalDateTime getDtstartLocal() {
        return dtstartLocal;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
