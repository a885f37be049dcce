package com.hockeyhub.medical.returntoplay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

public enum ClearanceLevel {
    NONE,
    RESTRICTED,
    FULL;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ClearanceLevel of(String value) {
        return ApiEnums.parse(ClearanceLevel.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ClearanceLevel> {
        DbConverter() {
            super(ClearanceLevel.class);
        }
    }
}
