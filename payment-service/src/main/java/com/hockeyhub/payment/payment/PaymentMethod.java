package com.hockeyhub.payment.payment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** How a payment was made; card payments go through the card processor, the others are recorded by the club. */
public enum PaymentMethod {
    CARD,
    BANK_TRANSFER,
    CASH,
    OTHER;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static PaymentMethod of(String value) {
        return ApiEnums.parse(PaymentMethod.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<PaymentMethod> {
        DbConverter() {
            super(PaymentMethod.class);
        }
    }
}
