package com.hockeyhub.calendar.recurrence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.hockeyhub.shared.web.InvalidRequestException;

/**
 * The supported subset of an RFC 5545 RRULE: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY (with ordinals such as
 * {@code 1MO} or {@code -1FR} for MONTHLY), BYMONTHDAY (negative counts from the month's end), COUNT, UNTIL, and
 * WKST=MO. Anything else is refused with a 400 naming the part, rather than silently ignored.
 */
public record RecurrenceRule(Frequency frequency, int interval, List<WeekdayNum> byDay, List<Integer> byMonthDay,
                             Integer count, Instant until) {

    static final String FIELD = "recurrence.rrule";
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public enum Frequency { DAILY, WEEKLY, MONTHLY }

    /** A BYDAY entry: a weekday, optionally the n-th (negative: from the end) of the month. */
    public record WeekdayNum(int ordinal, DayOfWeek day) {

        static WeekdayNum parse(String text) {
            String t = text.trim().toUpperCase(Locale.ROOT);
            if (t.length() < 2) {
                throw invalid("BYDAY value '" + text + "' is not a weekday such as MO or 2TU");
            }
            DayOfWeek day = switch (t.substring(t.length() - 2)) {
                case "MO" -> DayOfWeek.MONDAY;
                case "TU" -> DayOfWeek.TUESDAY;
                case "WE" -> DayOfWeek.WEDNESDAY;
                case "TH" -> DayOfWeek.THURSDAY;
                case "FR" -> DayOfWeek.FRIDAY;
                case "SA" -> DayOfWeek.SATURDAY;
                case "SU" -> DayOfWeek.SUNDAY;
                default -> throw invalid("BYDAY value '" + text + "' is not a weekday such as MO or 2TU");
            };
            String prefix = t.substring(0, t.length() - 2);
            int ordinal = 0;
            if (!prefix.isEmpty()) {
                try {
                    ordinal = Integer.parseInt(prefix.startsWith("+") ? prefix.substring(1) : prefix);
                } catch (NumberFormatException e) {
                    throw invalid("BYDAY value '" + text + "' has an invalid ordinal");
                }
                if (ordinal == 0 || Math.abs(ordinal) > 5) {
                    throw invalid("BYDAY ordinal must be between -5 and 5 and not 0");
                }
            }
            return new WeekdayNum(ordinal, day);
        }

        String format() {
            String code = day.name().substring(0, 2);
            return ordinal == 0 ? code : ordinal + code;
        }
    }

    public RecurrenceRule {
        // canonical order, so equal rules are equal records and format to the same text
        byDay = byDay == null ? List.of() : byDay.stream()
                .sorted(Comparator.comparing(WeekdayNum::day).thenComparing(WeekdayNum::ordinal)).toList();
        byMonthDay = byMonthDay == null ? List.of() : byMonthDay.stream().sorted().toList();
    }

    /**
     * Parses an RRULE (with or without the {@code RRULE:} prefix). A floating or date-only UNTIL is read in
     * {@code zone}; a date-only UNTIL includes occurrences on that date.
     */
    public static RecurrenceRule parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw invalid("is required, e.g. FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20");
        }
        String body = text.trim();
        if (body.regionMatches(true, 0, "RRULE:", 0, 6)) {
            body = body.substring(6);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : body.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw invalid("'" + part + "' is not a NAME=VALUE part");
            }
            String name = part.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            if (parts.put(name, part.substring(eq + 1).trim()) != null) {
                throw invalid(name + " appears twice");
            }
        }
        Frequency frequency = frequency(parts.remove("FREQ"));
        int interval = 1;
        String intervalText = parts.remove("INTERVAL");
        if (intervalText != null) {
            interval = positiveInt("INTERVAL", intervalText);
            if (interval > 366) {
                throw invalid("INTERVAL may be at most 366");
            }
        }
        List<WeekdayNum> byDay = new ArrayList<>();
        String byDayText = parts.remove("BYDAY");
        if (byDayText != null) {
            for (String d : byDayText.split(",")) {
                WeekdayNum w = WeekdayNum.parse(d);
                if (w.ordinal() != 0 && frequency != Frequency.MONTHLY) {
                    throw invalid("BYDAY ordinals such as " + d + " are only allowed with FREQ=MONTHLY");
                }
                if (!byDay.contains(w)) {
                    byDay.add(w);
                }
            }
        }
        List<Integer> byMonthDay = new ArrayList<>();
        String byMonthDayText = parts.remove("BYMONTHDAY");
        if (byMonthDayText != null) {
            for (String d : byMonthDayText.split(",")) {
                int day;
                try {
                    day = Integer.parseInt(d.trim());
                } catch (NumberFormatException e) {
                    throw invalid("BYMONTHDAY value '" + d + "' is not a number");
                }
                if (day == 0 || Math.abs(day) > 31) {
                    throw invalid("BYMONTHDAY values must be between -31 and 31 and not 0");
                }
                if (!byMonthDay.contains(day)) {
                    byMonthDay.add(day);
                }
            }
        }
        Integer count = null;
        String countText = parts.remove("COUNT");
        if (countText != null) {
            count = positiveInt("COUNT", countText);
        }
        Instant until = null;
        String untilText = parts.remove("UNTIL");
        if (untilText != null) {
            until = until(untilText, zone);
        }
        if (count != null && until != null) {
            throw invalid("COUNT and UNTIL must not both be given");
        }
        String wkst = parts.remove("WKST");
        if (wkst != null && !wkst.equalsIgnoreCase("MO")) {
            throw invalid("only WKST=MO is supported");
        }
        if (!parts.isEmpty()) {
            throw invalid("unsupported part(s) " + parts.keySet()
                    + "; supported: FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL");
        }
        return new RecurrenceRule(frequency, interval, byDay, byMonthDay, count, until);
    }

    /** The canonical RRULE text (without the {@code RRULE:} prefix), UNTIL in UTC. */
    public String format() {
        StringBuilder sb = new StringBuilder("FREQ=").append(frequency.name());
        if (interval != 1) {
            sb.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            sb.append(";BYDAY=").append(byDay.stream().map(WeekdayNum::format).collect(Collectors.joining(",")));
        }
        if (!byMonthDay.isEmpty()) {
            sb.append(";BYMONTHDAY=").append(byMonthDay.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (count != null) {
            sb.append(";COUNT=").append(count);
        }
        if (until != null) {
            sb.append(";UNTIL=").append(UTC_STAMP.format(until));
        }
        return sb.toString();
    }

    public boolean isBounded() {
        return count != null || until != null;
    }

    public RecurrenceRule withUntil(Instant newUntil) {
        return new RecurrenceRule(frequency, interval, byDay, byMonthDay, null, newUntil);
    }

    public RecurrenceRule withCount(Integer newCount) {
        return new RecurrenceRule(frequency, interval, byDay, byMonthDay, newCount, null);
    }

    private static Frequency frequency(String value) {
        if (value == null) {
            throw invalid("FREQ is required (DAILY, WEEKLY or MONTHLY)");
        }
        try {
            return Frequency.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("FREQ=" + value + " is not supported; use DAILY, WEEKLY or MONTHLY");
        }
    }

    private static int positiveInt(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw invalid(name + " must be a positive number");
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a positive number");
        }
    }

    private static Instant until(String value, ZoneId zone) {
        try {
            if (value.endsWith("Z") || value.endsWith("z")) {
                return UTC_STAMP.parse(value.toUpperCase(Locale.ROOT), Instant::from);
            }
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE).plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
            }
            return LocalDateTime.parse(value, LOCAL_STAMP).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("UNTIL=" + value + " is not a date (20261231) or date-time (20261231T235959Z)");
        }
    }

    static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(FIELD, message);
    }
}
