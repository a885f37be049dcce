package com.hockeyhub.shared.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles one event type. The method takes the payload record (converted from the
 * envelope's {@code data}; unknown fields ignored) and optionally the {@link EventEnvelope}:
 * <pre>
 * &#64;EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "team-member-added")
 * void on(TeamMemberChanged member, EventEnvelope envelope) { ... }
 * </pre>
 * Each handler is a durable JetStream consumer named {@code <spring.application.name>-<name>} with explicit ack.
 * It runs in a transaction together with its inbox row, so a redelivered event is handled once; a handler that
 * keeps failing is retried with back-off and then dead-lettered to {@code hockeyhub.dlq.<service>}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EventHandler {

    /** The event type, one of {@link EventTypes}. */
    String type();

    /** The handler's name, unique within the service; part of the durable consumer name. */
    String name();
}
