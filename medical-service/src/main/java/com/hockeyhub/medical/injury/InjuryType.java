package com.hockeyhub.medical.injury;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

public enum InjuryType {
    CONCUSSION,
    SPRAIN,
    STRAIN,
    FRACTURE,
    CONTUSION,
    LACERATION,
    DISLOCATION,
    OVERUSE,
    ILLNESS,
    OTHER;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static InjuryType of(String value) {
        return ApiEnums.parse(InjuryType.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<InjuryType> {
        DbConverter() {
            super(InjuryType.class);
        }
    }
}
