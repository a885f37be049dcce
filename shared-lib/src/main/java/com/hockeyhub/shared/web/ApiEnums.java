package com.hockeyhub.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one spelling of enums outside Java: lower snake case ({@code team_event}, {@code club_admin}) in JSON, query
 * parameters and database columns (whose CHECK constraints list those values); parsed leniently
 * ({@code TEAM_EVENT}, {@code team-event} are accepted).
 */
public final class ApiEnums {

    private ApiEnums() {
    }

    public static String value(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }

    /** {@code null} for {@code null}; an unknown value is an {@link IllegalArgumentException} listing the allowed ones. */
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
        throw new IllegalArgumentException("must be one of " + values(type));
    }

    /** A request parameter: {@code null} when absent, a 400 naming the parameter when the value is unknown. */
    public static <E extends Enum<E>> E param(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter, "must be one of " + values(type));
        }
    }

    public static List<String> values(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(ApiEnums::value).toList();
    }
}
