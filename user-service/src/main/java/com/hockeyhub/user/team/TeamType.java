package com.hockeyhub.user.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

public enum TeamType {
    YOUTH, JUNIOR, SENIOR, RECREATIONAL;

    @JsonValue
    public String json() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static TeamType fromJson(String value) {
        return ApiEnums.parse(TeamType.class, value);
    }
}
