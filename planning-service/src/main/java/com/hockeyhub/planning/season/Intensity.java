package com.hockeyhub.planning.season;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** How hard a phase of the season trains. */
public enum Intensity {
    LOW,
    MEDIUM,
    HIGH,
    PEAK,
    RECOVERY;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static Intensity of(String value) {
        return ApiEnums.parse(Intensity.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<Intensity> {
        DbConverter() {
            super(Intensity.class);
        }
    }
}
