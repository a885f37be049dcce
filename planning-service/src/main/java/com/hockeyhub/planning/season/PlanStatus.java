package com.hockeyhub.planning.season;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** A plan is a draft until published; a team has one published plan per season. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static PlanStatus of(String value) {
        return ApiEnums.parse(PlanStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<PlanStatus> {
        DbConverter() {
            super(PlanStatus.class);
        }
    }
}
