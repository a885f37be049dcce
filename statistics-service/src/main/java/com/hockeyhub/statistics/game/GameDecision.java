package com.hockeyhub.statistics.game;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/**
 * How a game was decided: in regulation, in overtime, or by a shootout (the winner's score includes one shootout
 * goal, which no player is credited with).
 */
public enum GameDecision {
    REGULATION,
    OVERTIME,
    SHOOTOUT;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static GameDecision of(String value) {
        return ApiEnums.parse(GameDecision.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<GameDecision> {
        DbConverter() {
            super(GameDecision.class);
        }
    }
}
