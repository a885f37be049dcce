package com.hockeyhub.payment.usage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** What a subscription limits: active users of the club, its teams, and distinct rostered players. */
public enum UsageResource {
    USERS,
    TEAMS,
    PLAYERS;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static UsageResource of(String value) {
        return ApiEnums.parse(UsageResource.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<UsageResource> {
        DbConverter() {
            super(UsageResource.class);
        }
    }
}
