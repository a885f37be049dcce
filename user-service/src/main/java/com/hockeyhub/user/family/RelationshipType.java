package com.hockeyhub.user.family;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

public enum RelationshipType {
    MOTHER, FATHER, GUARDIAN, OTHER;

    @JsonValue
    public String json() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static RelationshipType fromJson(String value) {
        return ApiEnums.parse(RelationshipType.class, value);
    }
}
