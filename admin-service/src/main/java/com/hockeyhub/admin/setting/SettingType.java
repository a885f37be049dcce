package com.hockeyhub.admin.setting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;
import tools.jackson.databind.JsonNode;

/** The JSON shape a setting's value must have. */
public enum SettingType {
    BOOLEAN,
    INTEGER,
    NUMBER,
    STRING,
    JSON;

    boolean accepts(JsonNode value) {
        return switch (this) {
            case BOOLEAN -> value.isBoolean();
            case INTEGER -> value.isIntegralNumber();
            case NUMBER -> value.isNumber();
            case STRING -> value.isString();
            case JSON -> value.isObject() || value.isArray();
        };
    }

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static SettingType of(String value) {
        return ApiEnums.parse(SettingType.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<SettingType> {
        DbConverter() {
            super(SettingType.class);
        }
    }
}
