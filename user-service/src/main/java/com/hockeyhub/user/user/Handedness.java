package com.hockeyhub.user.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

public enum Handedness {
    LEFT, RIGHT, AMBIDEXTROUS;

    @JsonValue
    public String json() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static Handedness fromJson(String value) {
        return ApiEnums.parse(Handedness.class, value);
    }
}
