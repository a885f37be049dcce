package com.hockeyhub.training.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** What an exercise trains. */
public enum ExerciseCategory {
    STRENGTH,
    CONDITIONING,
    AGILITY,
    MOBILITY,
    SKILL,
    RECOVERY,
    PLYOMETRICS;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ExerciseCategory of(String value) {
        return ApiEnums.parse(ExerciseCategory.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ExerciseCategory> {
        DbConverter() {
            super(ExerciseCategory.class);
        }
    }
}
