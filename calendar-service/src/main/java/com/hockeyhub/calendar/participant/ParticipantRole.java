package com.hockeyhub.calendar.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** Organizer, required (expected) or optional attendee. */
public enum ParticipantRole {
    ORGANIZER, REQUIRED, OPTIONAL;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static ParticipantRole of(String value) {
        return Enums.parse(ParticipantRole.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<ParticipantRole> {
        public Converter() {
            super(ParticipantRole.class);
        }
    }
}
