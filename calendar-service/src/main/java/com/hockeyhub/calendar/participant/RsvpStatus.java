package com.hockeyhub.calendar.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;

/** A participant's answer; waitlisted means accepted while the event was full, promoted in order. */
public enum RsvpStatus {
    PENDING, ACCEPTED, DECLINED, TENTATIVE, WAITLISTED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static RsvpStatus of(String value) {
        return ApiEnums.parse(RsvpStatus.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<RsvpStatus> {
        public Converter() {
            super(RsvpStatus.class);
        }
    }
}
