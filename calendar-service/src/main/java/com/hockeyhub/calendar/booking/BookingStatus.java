package com.hockeyhub.calendar.booking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;
import com.hockeyhub.calendar.common.LowercaseEnumConverter;

/** pending (awaiting approval) and confirmed bookings hold their slot; cancelled and completed ones do not. */
public enum BookingStatus {
    PENDING, CONFIRMED, CANCELLED, COMPLETED;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static BookingStatus of(String value) {
        return Enums.parse(BookingStatus.class, value);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends LowercaseEnumConverter<BookingStatus> {
        public Converter() {
            super(BookingStatus.class);
        }
    }
}
