package com.hockeyhub.medical.treatment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
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
        return TextEnums.value(this);
    }

    @JsonCreator
    public static TreatmentType of(String value) {
        return TextEnums.parse(TreatmentType.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<TreatmentType> {
        DbConverter() {
            super(TreatmentType.class);
        }
    }
}
