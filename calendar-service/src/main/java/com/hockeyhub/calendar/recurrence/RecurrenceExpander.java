package com.hockeyhub.calendar.recurrence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.hockeyhub.shared.web.BusinessRuleException;

/**
 * Expands a {@link RecurrenceRule} from a local start in a time zone. Occurrences keep their wall-clock time across
 * daylight-saving changes (a 18:00 practice stays at 18:00 in Stockholm, so its UTC instant moves by an hour);
 * a local time that falls into a spring-forward gap moves forward by the gap, as {@link ZonedDateTime#of} does.
 * COUNT counts occurrences before exception dates are removed (RFC 5545). Expansion is bounded by the maximum
 * number of occurrences and a ten-year horizon, so no rule can make it run away.
 */
public final class RecurrenceExpander {

    /** One occurrence: its wall-clock start, its instant, and whether an exception date removes it. */
    public record Occurrence(LocalDateTime local, Instant start, boolean excluded) {
    }

    private static final int HORIZON_YEARS = 10;

    private RecurrenceExpander() {
    }

    /**
     * All occurrences of a bounded rule (excluded ones flagged), failing with a 422 when the rule is unbounded or
     * yields more than {@code maxOccurrences}.
     */
    public static List<Occurrence> expand(RecurrenceRule rule, LocalDateTime dtstart, ZoneId zone,
            Collection<LocalDate> exceptionDates, int maxOccurrences) {
        if (!rule.isBounded()) {
            throw new BusinessRuleException("The recurrence rule would repeat without end: give COUNT or UNTIL "
                    + "(at most " + maxOccurrences + " occurrences)");
        }
        if (rule.count() != null && rule.count() > maxOccurrences) {
            throw new BusinessRuleException("COUNT=" + rule.count() + " exceeds the maximum of " + maxOccurrences
                    + " occurrences per series");
        }
        List<Occurrence> all = generate(rule, dtstart, zone, exceptionDates, maxOccurrences + 1, null);
        if (all.size() > maxOccurrences) {
            throw new BusinessRuleException("The recurrence rule expands to more than " + maxOccurrences
                    + " occurrences; shorten UNTIL or split the series");
        }
        return all;
    }

    /** The occurrences that start in [from, to), at most {@code limit} of them. */
    public static List<Occurrence> between(RecurrenceRule rule, LocalDateTime dtstart, ZoneId zone,
            Collection<LocalDate> exceptionDates, Instant from, Instant to, int limit) {
        List<Occurrence> result = new ArrayList<>();
        for (Occurrence o : generate(rule, dtstart, zone, exceptionDates, Integer.MAX_VALUE, to)) {
            if (!o.start().isBefore(from) && o.start().isBefore(to)) {
                result.add(o);
                if (result.size() >= limit) {
                    break;
                }
            }
        }
        return result;
    }

    private static List<Occurrence> generate(RecurrenceRule rule, LocalDateTime dtstart, ZoneId zone,
            Collection<LocalDate> exceptionDates, int maxResults, Instant stopAt) {
        Set<LocalDate> excluded = exceptionDates == null ? Set.of() : Set.copyOf(exceptionDates);
        LocalDate startDate = dtstart.toLocalDate();
        LocalTime time = dtstart.toLocalTime();
        LocalDate horizon = startDate.plusYears(HORIZON_YEARS);
        List<Occurrence> result = new ArrayList<>();
        int produced = 0;
        for (int period = 0; ; period++) {
            List<LocalDate> dates = datesOfPeriod(rule, dtstart, period);
            if (dates.isEmpty() && periodStart(rule, startDate, period).isAfter(horizon)) {
                return result;
            }
            for (LocalDate date : dates) {
                if (date.isBefore(startDate)) {
                    continue;
                }
                if (date.isAfter(horizon)) {
                    return result;
                }
                Instant start = ZonedDateTime.of(date, time, zone).toInstant();
                if (rule.until() != null && start.isAfter(rule.until())) {
                    return result;
                }
                if (stopAt != null && !start.isBefore(stopAt)) {
                    return result;
                }
                result.add(new Occurrence(LocalDateTime.of(date, time), start, excluded.contains(date)));
                produced++;
                if ((rule.count() != null && produced >= rule.count()) || result.size() >= maxResults) {
                    return result;
                }
            }
        }
    }

    private static LocalDate periodStart(RecurrenceRule rule, LocalDate startDate, int period) {
        long step = (long) period * rule.interval();
        return switch (rule.frequency()) {
            case DAILY -> startDate.plusDays(step);
            case WEEKLY -> startDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
            case MONTHLY -> startDate.withDayOfMonth(1).plusMonths(step);
        };
    }

    /** The candidate dates of the n-th period (day, week or month), ascending, filtered by BYDAY/BYMONTHDAY. */
    private static List<LocalDate> datesOfPeriod(RecurrenceRule rule, LocalDateTime dtstart, int period) {
        LocalDate first = periodStart(rule, dtstart.toLocalDate(), period);
        TreeSet<LocalDate> dates = new TreeSet<>();
        switch (rule.frequency()) {
            case DAILY -> {
                if (matchesWeekday(rule, first) && matchesMonthDay(rule, first)) {
                    dates.add(first);
                }
            }
            case WEEKLY -> {
                if (rule.byDay().isEmpty()) {
                    dates.add(first.with(TemporalAdjusters.nextOrSame(dtstart.getDayOfWeek())));
                } else {
                    for (RecurrenceRule.WeekdayNum w : rule.byDay()) {
                        dates.add(first.with(TemporalAdjusters.nextOrSame(w.day())));
                    }
                }
                dates.removeIf(d -> !matchesMonthDay(rule, d));
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(first);
                if (!rule.byMonthDay().isEmpty()) {
                    for (int day : rule.byMonthDay()) {
                        int resolved = day > 0 ? day : month.lengthOfMonth() + day + 1;
                        if (resolved >= 1 && resolved <= month.lengthOfMonth()) {
                            dates.add(month.atDay(resolved));
                        }
                    }
                    if (!rule.byDay().isEmpty()) {
                        dates.removeIf(d -> !matchesMonthlyByDay(rule, d));
                    }
                } else if (!rule.byDay().isEmpty()) {
                    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                        if (matchesMonthlyByDay(rule, d)) {
                            dates.add(d);
                        }
                    }
                } else if (dtstart.getDayOfMonth() <= month.lengthOfMonth()) {
                    dates.add(month.atDay(dtstart.getDayOfMonth()));
                }
            }
        }
        return new ArrayList<>(dates);
    }

    private static boolean matchesWeekday(RecurrenceRule rule, LocalDate date) {
        return rule.byDay().isEmpty() || rule.byDay().stream().anyMatch(w -> w.day() == date.getDayOfWeek());
    }

    private static boolean matchesMonthDay(RecurrenceRule rule, LocalDate date) {
        if (rule.byMonthDay().isEmpty()) {
            return true;
        }
        int length = date.lengthOfMonth();
        return rule.byMonthDay().stream().anyMatch(d -> (d > 0 ? d : length + d + 1) == date.getDayOfMonth());
    }

    private static boolean matchesMonthlyByDay(RecurrenceRule rule, LocalDate date) {
        int nthFromStart = (date.getDayOfMonth() - 1) / 7 + 1;
        int nthFromEnd = -((date.lengthOfMonth() - date.getDayOfMonth()) / 7 + 1);
        return rule.byDay().stream().anyMatch(w -> w.day() == date.getDayOfWeek()
                && (w.ordinal() == 0 || w.ordinal() == nthFromStart || w.ordinal() == nthFromEnd));
    }
}
