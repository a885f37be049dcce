package com.hockeyhub.medical.availability;

import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

/** What set an availability status. */
public enum AvailabilitySource {
    MANUAL,
    INJURY,
    WELLNESS,
    RETURN_TO_PLAY;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<AvailabilitySource> {
        DbConverter() {
            super(AvailabilitySource.class);
        }
    }
}
