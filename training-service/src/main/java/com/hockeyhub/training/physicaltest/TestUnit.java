package com.hockeyhub.training.physicaltest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** What a physical test measures in. */
public enum TestUnit {
    SECONDS,
    METERS,
    CENTIMETERS,
    KILOGRAMS,
    REPS,
    LEVEL,
    WATTS,
    BPM,
    ML_KG_MIN;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static TestUnit of(String value) {
        return ApiEnums.parse(TestUnit.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<TestUnit> {
        DbConverter() {
            super(TestUnit.class);
        }
    }
}
