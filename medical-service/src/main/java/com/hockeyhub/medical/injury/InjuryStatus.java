package com.hockeyhub.medical.injury;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

public enum InjuryStatus {
    ACTIVE,
    RECOVERING,
    RECOVERED;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @JsonCreator
    public static InjuryStatus of(String value) {
        return TextEnums.parse(InjuryStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<InjuryStatus> {
        DbConverter() {
            super(InjuryStatus.class);
        }
    }
}
