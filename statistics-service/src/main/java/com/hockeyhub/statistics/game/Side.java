package com.hockeyhub.statistics.game;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

/** The side of a game a player's line belongs to. */
public enum Side {
    HOME,
    AWAY;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static Side of(String value) {
        return ApiEnums.parse(Side.class, value);
    }
}
