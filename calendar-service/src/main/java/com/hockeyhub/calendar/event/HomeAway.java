package com.hockeyhub.calendar.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** Where a game is played from the team's point of view. */
public enum HomeAway {
    HOME, AWAY, NEUTRAL;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static HomeAway of(String value) {
        return Enums.parse(HomeAway.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<HomeAway> {
        public Converter() {
            super(HomeAway.class);
        }
    }
}
