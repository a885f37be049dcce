package com.hockeyhub.statistics.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hockeyhub.shared.web.InvalidRequestException;

/**
 * Seasons are written {@code 2025-2026}: the second year follows the first, a season runs from 1 July to 30 June,
 * and only seasons from {@value #FIRST_YEAR} up to the one after the current are allowed.
 */
public final class Seasons {

    public static final int FIRST_YEAR = 2000;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    private Seasons() {
    }

    /** The season, validated: a 400 naming {@code field} when malformed or outside the allowed range. */
    public static String require(String field, String season, Clock clock) {
        if (season == null || season.isBlank()) {
            throw new InvalidRequestException(field, "is required (e.g. 2025-2026)");
        }
        Matcher m = FORMAT.matcher(season.trim());
        if (!m.matches()) {
            throw new InvalidRequestException(field, "must look like 2025-2026");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != start + 1) {
            throw new InvalidRequestException(field, "must span two consecutive years (e.g. 2025-2026)");
        }
        int latest = startYearOf(LocalDate.now(clock)) + 1;
        if (start < FIRST_YEAR || start > latest) {
            throw new InvalidRequestException(field, "must be between " + FIRST_YEAR + "-" + (FIRST_YEAR + 1)
                    + " and " + latest + "-" + (latest + 1));
        }
        return season.trim();
    }

    /** The season a date belongs to. */
    public static String of(LocalDate date) {
        int start = startYearOf(date);
        return start + "-" + (start + 1);
    }

    public static String current(Clock clock) {
        return of(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    public static LocalDate firstDay(String season) {
        return LocalDate.of(Integer.parseInt(season.substring(0, 4)), 7, 1);
    }

    public static LocalDate lastDay(String season) {
        return firstDay(season).plusYears(1).minusDays(1);
    }

    private static int startYearOf(LocalDate date) {
        return date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
    }
}
