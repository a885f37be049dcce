package com.hockeyhub.calendar.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** Who may see an event (always within the club): everyone, the team, only participants, or holders of listed roles. */
public enum Visibility {
    PUBLIC, TEAM, PRIVATE, ROLE_BASED;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static Visibility of(String value) {
        return Enums.parse(Visibility.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<Visibility> {
        public Converter() {
            super(Visibility.class);
        }
    }
}
