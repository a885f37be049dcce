package com.hockeyhub.medical.injury;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

public enum InjuryMechanism {
    CONTACT,
    NON_CONTACT,
    OVERUSE,
    UNKNOWN;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @JsonCreator
    public static InjuryMechanism of(String value) {
        return TextEnums.parse(InjuryMechanism.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<InjuryMechanism> {
        DbConverter() {
            super(InjuryMechanism.class);
        }
    }
}
