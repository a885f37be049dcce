package com.hockeyhub.training.assignment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** An assignment is open until the player completes it or it is cancelled. */
public enum AssignmentStatus {
    ASSIGNED,
    COMPLETED,
    CANCELLED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static AssignmentStatus of(String value) {
        return ApiEnums.parse(AssignmentStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<AssignmentStatus> {
        DbConverter() {
            super(AssignmentStatus.class);
        }
    }
}
