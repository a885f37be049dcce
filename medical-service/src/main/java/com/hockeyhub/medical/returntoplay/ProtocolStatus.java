package com.hockeyhub.medical.returntoplay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

public enum ProtocolStatus {
    IN_PROGRESS,
    COMPLETED;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @JsonCreator
    public static ProtocolStatus of(String value) {
        return TextEnums.parse(ProtocolStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<ProtocolStatus> {
        DbConverter() {
            super(ProtocolStatus.class);
        }
    }
}
