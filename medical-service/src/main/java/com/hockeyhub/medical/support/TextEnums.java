package com.hockeyhub.medical.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.hockeyhub.shared.web.InvalidRequestException;

/** Enums are upper case in code and lower snake case in JSON, query parameters and the database. */
public final class TextEnums {

    private TextEnums() {
    }

    public static String value(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }

    /** Lenient parse for JSON and the database (null for null); unknown values are an IllegalArgumentException. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + values(type));
        }
    }

    /** Parse of a request parameter: a 400 naming the parameter when the value is unknown. */
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

    public static <E extends Enum<E>> List<String> values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(TextEnums::value).toList();
    }
}
