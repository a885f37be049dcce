package com.hockeyhub.payment.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** A subscription's state; only trialing, active and past_due subscriptions admit new members. */
public enum SubscriptionStatus {
    TRIALING,
    ACTIVE,
    PAST_DUE,
    CANCELLED,
    EXPIRED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static SubscriptionStatus of(String value) {
        return ApiEnums.parse(SubscriptionStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<SubscriptionStatus> {
        DbConverter() {
            super(SubscriptionStatus.class);
        }
    }
}
