package com.hockeyhub.calendar.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;

/** Organizer, required (expected) or optional attendee. */
public enum ParticipantRole {
    ORGANIZER, REQUIRED, OPTIONAL;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ParticipantRole of(String value) {
        return ApiEnums.parse(ParticipantRole.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<ParticipantRole> {
        public Converter() {
            super(ParticipantRole.class);
        }
    }
}
