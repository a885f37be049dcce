package com.hockeyhub.medical.injury;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

public enum InjuryStatus {
    ACTIVE,
    RECOVERING,
    RECOVERED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static InjuryStatus of(String value) {
        return ApiEnums.parse(InjuryStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<InjuryStatus> {
        DbConverter() {
            super(InjuryStatus.class);
        }
    }
}
