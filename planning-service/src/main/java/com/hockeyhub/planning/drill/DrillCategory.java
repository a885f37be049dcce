package com.hockeyhub.planning.drill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** What a drill works on. */
public enum DrillCategory {
    SKATING,
    PASSING,
    SHOOTING,
    OFFENSE,
    DEFENSE,
    TRANSITION,
    GOALIE,
    BATTLE,
    CONDITIONING,
    SMALL_AREA_GAME;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static DrillCategory of(String value) {
        return ApiEnums.parse(DrillCategory.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<DrillCategory> {
        DbConverter() {
            super(DrillCategory.class);
        }
    }
}
