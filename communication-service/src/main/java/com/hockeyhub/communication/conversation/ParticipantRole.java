package com.hockeyhub.communication.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** Admins manage a group's people; at least one stays while anyone is left. */
public enum ParticipantRole {
    ADMIN,
    MEMBER;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ParticipantRole of(String value) {
        return ApiEnums.parse(ParticipantRole.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ParticipantRole> {
        DbConverter() {
            super(ParticipantRole.class);
        }
    }
}
