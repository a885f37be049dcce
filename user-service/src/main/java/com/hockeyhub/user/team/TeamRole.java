package com.hockeyhub.user.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

public enum TeamRole {
    PLAYER, COACH, ASSISTANT_COACH, TEAM_MANAGER, MEDICAL_STAFF, PHYSICAL_TRAINER, EQUIPMENT_MANAGER;

    @JsonValue
    public String json() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static TeamRole fromJson(String value) {
        return ApiEnums.parse(TeamRole.class, value);
    }
}
