package com.hockeyhub.calendar.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.calendar.common.Enums;

/** Which occurrences of a series a change applies to. */
public enum EditScope {
    THIS, FOLLOWING, ALL;

    @JsonValue
    public String value() {
        return Enums.value(this);
    }

    @JsonCreator
    public static EditScope of(String value) {
        return Enums.parse(EditScope.class, value);
    }
}
