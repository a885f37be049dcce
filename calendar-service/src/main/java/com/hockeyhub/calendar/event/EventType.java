package com.hockeyhub.calendar.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** What kind of event: drives reminder defaults and who may create it. */
public enum EventType {
    TRAINING, GAME, MEETING, MEDICAL, EQUIPMENT, TEAM_EVENT, OTHER;

    /** Reminder lead times (minutes before start) when the event sets none. */
    public List<Integer> defaultReminderMinutes() {
        return switch (this) {
            case GAME -> List.of(120, 60, 15);
            case TRAINING -> List.of(60, 15);
            case MEDICAL -> List.of(1440, 60);
            default -> List.of(60);
        };
    }

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static EventType of(String value) {
        return Enums.parse(EventType.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<EventType> {
        public Converter() {
            super(EventType.class);
        }
    }
}
