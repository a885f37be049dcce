package com.hockeyhub.training.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/** Who sees a template: its owner, a team's staff, or the whole club's staff. */
public enum Visibility {
    PRIVATE,
    TEAM,
    ORGANIZATION;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static Visibility of(String value) {
        return ApiEnums.parse(Visibility.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<Visibility> {
        DbConverter() {
            super(Visibility.class);
        }
    }
}
