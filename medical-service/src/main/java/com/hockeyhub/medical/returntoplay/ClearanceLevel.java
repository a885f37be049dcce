package com.hockeyhub.medical.returntoplay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

public enum ClearanceLevel {
    NONE,
    RESTRICTED,
    FULL;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @JsonCreator
    public static ClearanceLevel of(String value) {
        return TextEnums.parse(ClearanceLevel.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<ClearanceLevel> {
        DbConverter() {
            super(ClearanceLevel.class);
        }
    }
}
