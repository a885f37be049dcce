package com.hockeyhub.calendar.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** Kinds of bookable facilities and things. */
public enum ResourceType {
    ICE_RINK, GYM, ROOM, VEHICLE, EQUIPMENT;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static ResourceType of(String value) {
        return Enums.parse(ResourceType.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<ResourceType> {
        public Converter() {
            super(ResourceType.class);
        }
    }
}
