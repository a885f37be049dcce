package com.hockeyhub.calendar.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** Lifecycle of an event; cancelled events stay visible so participants learn of the cancellation. */
public enum EventStatus {
    DRAFT, SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED, POSTPONED;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static EventStatus of(String value) {
        return Enums.parse(EventStatus.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<EventStatus> {
        public Converter() {
            super(EventStatus.class);
        }
    }
}
