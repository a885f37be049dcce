package com.hockeyhub.medical.clearance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

public enum ClearanceStatus {
    CLEARED,
    RESTRICTED,
    NOT_CLEARED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ClearanceStatus of(String value) {
        return ApiEnums.parse(ClearanceStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ClearanceStatus> {
        DbConverter() {
            super(ClearanceStatus.class);
        }
    }
}
