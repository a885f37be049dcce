package com.hockeyhub.medical.injury;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
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
        return TextEnums.value(this);
    }

    @JsonCreator
    public static InjuryType of(String value) {
        return TextEnums.parse(InjuryType.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<InjuryType> {
        DbConverter() {
            super(InjuryType.class);
        }
    }
}
