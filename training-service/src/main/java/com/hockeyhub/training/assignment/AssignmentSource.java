package com.hockeyhub.training.assignment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/**
 * Where an assignment came from: through the player's team (the whole team, a position group, joining the team or
 * moving into it while the session was upcoming) or by naming the player. Leaving a team takes away only the
 * upcoming, untouched assignments that came through it.
 */
public enum AssignmentSource {
    TEAM,
    INDIVIDUAL;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static AssignmentSource of(String value) {
        return ApiEnums.parse(AssignmentSource.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<AssignmentSource> {
        DbConverter() {
            super(AssignmentSource.class);
        }
    }
}
