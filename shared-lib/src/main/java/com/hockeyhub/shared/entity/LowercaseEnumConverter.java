package com.hockeyhub.shared.entity;

import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its lower snake case name, the values the tables' CHECK constraints list. Subclass it per enum:
 * {@code @Converter(autoApply = true) class EventTypeConverter extends LowercaseEnumConverter<EventType> ...}.
 */
public abstract class LowercaseEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowercaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E attribute) {
        return ApiEnums.value(attribute);
    }

    @Override
    public E convertToEntityAttribute(String dbData) {
        return ApiEnums.parse(type, dbData);
    }
}
