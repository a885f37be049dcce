package com.hockeyhub.medical.clearance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

public enum ClearanceStatus {
    CLEARED,
    RESTRICTED,
    NOT_CLEARED;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @JsonCreator
    public static ClearanceStatus of(String value) {
        return TextEnums.parse(ClearanceStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<ClearanceStatus> {
        DbConverter() {
            super(ClearanceStatus.class);
        }
    }
}
