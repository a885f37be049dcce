package com.hockeyhub.communication.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** Urgent notifications (injury alerts) ignore quiet hours; normal ones wait for the morning. */
public enum Priority {
    NORMAL,
    URGENT;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static Priority of(String value) {
        return ApiEnums.parse(Priority.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<Priority> {
        DbConverter() {
            super(Priority.class);
        }
    }
}
