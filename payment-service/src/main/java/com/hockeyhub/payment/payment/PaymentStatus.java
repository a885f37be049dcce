package com.hockeyhub.payment.payment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** A recorded payment's state: refunds move it to partially_refunded, then refunded. */
public enum PaymentStatus {
    SUCCEEDED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static PaymentStatus of(String value) {
        return ApiEnums.parse(PaymentStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<PaymentStatus> {
        DbConverter() {
            super(PaymentStatus.class);
        }
    }
}
