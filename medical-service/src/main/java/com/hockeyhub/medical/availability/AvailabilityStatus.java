package com.hockeyhub.medical.availability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

public enum AvailabilityStatus {
    AVAILABLE,
    INJURED,
    ILLNESS,
    PERSONAL,
    SUSPENDED,
    LOAD_MANAGEMENT;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @JsonCreator
    public static AvailabilityStatus of(String value) {
        return TextEnums.parse(AvailabilityStatus.class, value);
    }

    /** May the player play games in this status (possibly with reduced load)? */
    public boolean canPlay() {
        return this == AVAILABLE || this == LOAD_MANAGEMENT;
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<AvailabilityStatus> {
        DbConverter() {
            super(AvailabilityStatus.class);
        }
    }
}
