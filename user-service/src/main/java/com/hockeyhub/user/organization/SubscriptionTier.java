package com.hockeyhub.user.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

public enum SubscriptionTier {
    BASIC, STANDARD, PREMIUM, ENTERPRISE;

    @JsonValue
    public String json() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static SubscriptionTier fromJson(String value) {
        return ApiEnums.parse(SubscriptionTier.class, value);
    }
}
