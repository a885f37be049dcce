package com.hockeyhub.calendar.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

/** Which occurrences of a series a change applies to. */
public enum EditScope {
    THIS, FOLLOWING, ALL;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static EditScope of(String value) {
        return ApiEnums.parse(EditScope.class, value);
    }
}
