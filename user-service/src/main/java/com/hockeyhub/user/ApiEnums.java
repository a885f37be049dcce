package com.hockeyhub.user;

import java.util.Arrays;
import java.util.Locale;

import com.hockeyhub.shared.web.InvalidRequestException;

/**
 * Enumerations travel as lower snake case in JSON and query parameters ({@code left_wing}) and are stored upper case.
 * Unknown values are a 400 naming the field (JSON bodies: through Jackson's error path; query parameters: here).
 */
public final class ApiEnums {

    private ApiEnums() {
    }

    public static String json(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

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
        throw new IllegalArgumentException("must be one of " + allowed(type));
    }

    /** For query parameters: a 400 naming {@code field} when the value is unknown. */
    public static <E extends Enum<E>> E param(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.toString(Arrays.stream(type.getEnumConstants()).map(ApiEnums::json).toArray());
    }
}
