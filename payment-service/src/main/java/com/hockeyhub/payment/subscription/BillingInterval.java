package com.hockeyhub.payment.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** How often a subscription is billed (a year costs ten months). */
public enum BillingInterval {
    MONTHLY,
    YEARLY;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static BillingInterval of(String value) {
        return ApiEnums.parse(BillingInterval.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<BillingInterval> {
        DbConverter() {
            super(BillingInterval.class);
        }
    }
}
