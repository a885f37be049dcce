package com.hockeyhub.planning.drill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** How hard a drill is. */
public enum Difficulty {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED,
    ELITE;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static Difficulty of(String value) {
        return ApiEnums.parse(Difficulty.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<Difficulty> {
        DbConverter() {
            super(Difficulty.class);
        }
    }
}
