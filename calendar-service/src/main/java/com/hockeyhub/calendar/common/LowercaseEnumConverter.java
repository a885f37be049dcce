package com.hockeyhub.calendar.common;

import jakarta.persistence.AttributeConverter;

/** Stores an enum as its lower-case name, matching the CHECK constraints of the migrations. */
public abstract class LowercaseEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowercaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E attribute) {
        return Enums.value(attribute);
    }

    @Override
    public E convertToEntityAttribute(String dbData) {
        return Enums.parse(type, dbData);
    }
}
