package com.hockeyhub.training.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** What kind of session it is. */
public enum SessionType {
    STRENGTH,
    CONDITIONING,
    ON_ICE,
    AGILITY,
    RECOVERY,
    MIXED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static SessionType of(String value) {
        return ApiEnums.parse(SessionType.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<SessionType> {
        DbConverter() {
            super(SessionType.class);
        }
    }
}
