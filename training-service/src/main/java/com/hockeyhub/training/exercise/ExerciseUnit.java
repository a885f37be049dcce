package com.hockeyhub.training.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** How an exercise is measured. */
public enum ExerciseUnit {
    REPS,
    SECONDS,
    METERS,
    KILOGRAMS,
    WATTS;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ExerciseUnit of(String value) {
        return ApiEnums.parse(ExerciseUnit.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ExerciseUnit> {
        DbConverter() {
            super(ExerciseUnit.class);
        }
    }
}
