package com.hockeyhub.planning.practice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

/** A player at a practice: present, late (present too) or absent. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    ABSENT;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static AttendanceStatus of(String value) {
        return ApiEnums.parse(AttendanceStatus.class, value);
    }

    public boolean present() {
        return this != ABSENT;
    }
}
