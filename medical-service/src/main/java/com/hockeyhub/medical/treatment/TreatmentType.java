package com.hockeyhub.medical.treatment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

public enum TreatmentType {
    PHYSIOTHERAPY,
    MEDICATION,
    SURGERY,
    REST,
    CRYOTHERAPY,
    MASSAGE,
    IMAGING,
    CONSULTATION,
    OTHER;

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static TreatmentType of(String value) {
        return ApiEnums.parse(TreatmentType.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<TreatmentType> {
        DbConverter() {
            super(TreatmentType.class);
        }
    }
}
