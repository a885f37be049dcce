package com.hockeyhub.medical.returntoplay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

public enum ProtocolStatus {
    IN_PROGRESS,
    COMPLETED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ProtocolStatus of(String value) {
        return ApiEnums.parse(ProtocolStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ProtocolStatus> {
        DbConverter() {
            super(ProtocolStatus.class);
        }
    }
}
