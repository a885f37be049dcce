package com.hockeyhub.calendar.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.hockeyhub.shared.web.InvalidRequestException;

/** The API and database spelling of the calendar's enums: lower snake case ({@code team_event}), parsed leniently. */
public final class Enums {

    private Enums() {
    }

    public static String value(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code team_event}, {@code TEAM_EVENT} or {@code team-event}; IllegalArgumentException listing the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of " + allowed(type));
    }

    /** A request parameter: 400 naming the parameter when the value is unknown. */
    public static <E extends Enum<E>> E param(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be one of " + allowed(type));
        }
    }

    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enums::value).collect(Collectors.joining(", ", "[", "]"));
    }
}
