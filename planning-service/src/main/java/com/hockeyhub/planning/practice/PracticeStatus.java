package com.hockeyhub.planning.practice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** planned → in_progress → completed; planned or in_progress → cancelled. */
public enum PracticeStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static PracticeStatus of(String value) {
        return ApiEnums.parse(PracticeStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<PracticeStatus> {
        DbConverter() {
            super(PracticeStatus.class);
        }
    }
}
