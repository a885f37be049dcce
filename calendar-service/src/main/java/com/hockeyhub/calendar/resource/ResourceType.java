package com.hockeyhub.calendar.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;

/** Kinds of bookable facilities and things. */
public enum ResourceType {
    ICE_RINK, GYM, ROOM, VEHICLE, EQUIPMENT;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ResourceType of(String value) {
        return ApiEnums.parse(ResourceType.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<ResourceType> {
        public Converter() {
            super(ResourceType.class);
        }
    }
}
