package com.hockeyhub.shared.entity;

import java.util.EnumSet;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Hibernate's time-ordered UUIDv7 for every new entity, except one whose id was assigned before the insert
 * ({@link BaseEntity#assignId}): seeds use that to give demo records the documented ids every service's seed shares.
 */
public class AssignableUuid7Generator implements BeforeExecutionGenerator {

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
            EventType eventType) {
        return currentValue != null ? currentValue : UuidVersion7Strategy.INSTANCE.generateUuid(session);
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return EventTypeSets.INSERT_ONLY;
    }

    @Override
    public boolean allowAssignedIdentifiers() {
        return true;
    }
}
