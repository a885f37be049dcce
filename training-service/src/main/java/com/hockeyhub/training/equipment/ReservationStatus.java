package com.hockeyhub.training.equipment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** reserved → checked_out → returned; a reservation not yet checked out may be cancelled. */
public enum ReservationStatus {
    RESERVED,
    CHECKED_OUT,
    RETURNED,
    CANCELLED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ReservationStatus of(String value) {
        return ApiEnums.parse(ReservationStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ReservationStatus> {
        DbConverter() {
            super(ReservationStatus.class);
        }
    }
}
