package com.hockeyhub.calendar.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** A participant's answer; waitlisted means accepted while the event was full, promoted in order. */
public enum RsvpStatus {
    PENDING, ACCEPTED, DECLINED, TENTATIVE, WAITLISTED;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static RsvpStatus of(String value) {
        return Enums.parse(RsvpStatus.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<RsvpStatus> {
        public Converter() {
            super(RsvpStatus.class);
        }
    }
}
