package com.hockeyhub.admin.setting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** Where a value applies; a lookup falls back user → team → organization → system. */
public enum SettingScope {
    SYSTEM,
    ORGANIZATION,
    TEAM,
    USER;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static SettingScope of(String value) {
        return ApiEnums.parse(SettingScope.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<SettingScope> {
        DbConverter() {
            super(SettingScope.class);
        }
    }
}
