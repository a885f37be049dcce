package com.hockeyhub.communication.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** What a conversation is: two people, a chosen group, a team (following its roster) or the whole club. */
public enum ConversationType {
    DIRECT,
    GROUP,
    TEAM,
    CLUB;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ConversationType of(String value) {
        return ApiEnums.parse(ConversationType.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ConversationType> {
        DbConverter() {
            super(ConversationType.class);
        }
    }
}
