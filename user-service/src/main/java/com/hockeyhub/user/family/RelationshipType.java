package com.hockeyhub.user.family;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.user.ApiEnums;

public enum RelationshipType {
    MOTHER, FATHER, GUARDIAN, OTHER;

    @JsonValue
    public String json() {
        return ApiEnums.json(this);
    }

    @JsonCreator
    public static RelationshipType fromJson(String value) {
        return ApiEnums.parse(RelationshipType.class, value);
    }
}
