package com.hockeyhub.training.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** A session's life: scheduled → active → completed, or cancelled before it completes. */
public enum SessionStatus {
    SCHEDULED,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static SessionStatus of(String value) {
        return ApiEnums.parse(SessionStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<SessionStatus> {
        DbConverter() {
            super(SessionStatus.class);
        }
    }
}
