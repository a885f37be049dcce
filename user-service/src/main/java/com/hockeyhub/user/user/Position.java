package com.hockeyhub.user.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

public enum Position {
    GOALIE, DEFENSE, CENTER, LEFT_WING, RIGHT_WING, FORWARD;

    @JsonValue
    public String json() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static Position fromJson(String value) {
        return ApiEnums.parse(Position.class, value);
    }
}
