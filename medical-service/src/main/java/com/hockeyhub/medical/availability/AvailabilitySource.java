package com.hockeyhub.medical.availability;

import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** What set an availability status. */
public enum AvailabilitySource {
    MANUAL,
    INJURY,
    WELLNESS,
    RETURN_TO_PLAY;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<AvailabilitySource> {
        DbConverter() {
            super(AvailabilitySource.class);
        }
    }
}
