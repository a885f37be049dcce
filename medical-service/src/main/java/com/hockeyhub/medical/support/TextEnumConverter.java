package com.hockeyhub.medical.support;

import jakarta.persistence.AttributeConverter;

/** Stores an enum as its lower-case text (the tables' CHECK constraints list those values). */
public abstract class TextEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected TextEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E attribute) {
        return TextEnums.value(attribute);
    }

    @Override
    public E convertToEntityAttribute(String dbData) {
        return TextEnums.parse(type, dbData);
    }
}
