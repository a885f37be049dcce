package com.hockeyhub.calendar.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;

/** Lifecycle of an event; cancelled events stay visible so participants learn of the cancellation. */
public enum EventStatus {
    DRAFT, SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED, POSTPONED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static EventStatus of(String value) {
        return ApiEnums.parse(EventStatus.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<EventStatus> {
        public Converter() {
            super(EventStatus.class);
        }
    }
}
