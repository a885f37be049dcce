package com.hockeyhub.calendar.common;

import java.time.Duration;
import java.time.Instant;

import com.hockeyhub.shared.web.InvalidRequestException;

/** A half-open interval [from, to) checked at the API boundary: both bounds present, ordered, not wider than allowed. */
public record TimeRange(Instant from, Instant to) {

    /** How the API documents {@code from} and {@code to}: required (bound as optional so that a 400 names them). */
    public static final String FROM = "Start of the range, inclusive (ISO-8601 instant, e.g. 2026-12-01T00:00:00Z)";
    public static final String TO = "End of the range, exclusive (ISO-8601 instant, e.g. 2026-12-31T00:00:00Z)";

    public static TimeRange required(Instant from, Instant to, int maxDays) {
        if (from == null) {
            throw new InvalidRequestException("from", "is required (ISO-8601 instant, e.g. 2026-12-01T00:00:00Z)");
        }
        if (to == null) {
            throw new InvalidRequestException("to", "is required (ISO-8601 instant, e.g. 2026-12-31T00:00:00Z)");
        }
        if (!to.isAfter(from)) {
            throw new InvalidRequestException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw new InvalidRequestException("to", "the range may span at most " + maxDays + " days");
        }
        return new TimeRange(from, to);
    }

    public boolean overlaps(Instant start, Instant end) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
