package com.hockeyhub.medical.injury;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

public enum InjuryMechanism {
    CONTACT,
    NON_CONTACT,
    OVERUSE,
    UNKNOWN;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static InjuryMechanism of(String value) {
        return ApiEnums.parse(InjuryMechanism.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<InjuryMechanism> {
        DbConverter() {
            super(InjuryMechanism.class);
        }
    }
}
