package com.hockeyhub.statistics.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.hockeyhub.shared.web.InvalidRequestException;

/** An inclusive range of UTC dates asked for by a list or export, at most {@code maxDays} long. */
public record DateRange(LocalDate from, LocalDate to) {

    /** The range, defaulted and checked: 400 naming {@code to} when reversed or wider than {@code maxDays}. */
    public static DateRange of(LocalDate from, LocalDate to, LocalDate defaultFrom, LocalDate defaultTo,
            int maxDays) {
        LocalDate start = from != null ? from : defaultFrom;
        LocalDate end = to != null ? to : defaultTo;
        if (end.isBefore(start)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        if (start.plusDays(maxDays).isBefore(end)) {
            throw new InvalidRequestException("to", "the range may span at most " + maxDays + " days");
        }
        return new DateRange(start, end);
    }

    public Instant startInstant() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range. */
    public Instant endInstant() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
