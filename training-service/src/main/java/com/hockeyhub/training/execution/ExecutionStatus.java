package com.hockeyhub.training.execution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** An execution is in progress from its start until it is completed, once. */
public enum ExecutionStatus {
    IN_PROGRESS,
    COMPLETED;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static ExecutionStatus of(String value) {
        return ApiEnums.parse(ExecutionStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<ExecutionStatus> {
        DbConverter() {
            super(ExecutionStatus.class);
        }
    }
}
