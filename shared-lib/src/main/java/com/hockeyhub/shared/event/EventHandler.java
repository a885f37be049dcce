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
 * <p>
 * A handler that needs no transaction of its own per event, but throughput, may take its events in batches
 * ({@link #batchSize()} &gt; 1); it then takes exactly one {@code List<EventEnvelope>}:
 * <pre>
 * &#64;EventHandler(type = "&gt;", name = "audit-trail", batchSize = 200)
 * void on(List&lt;EventEnvelope&gt; events) { ... }
 * </pre>
 * Up to {@code batchSize} deliveries that are waiting are taken at once; their inbox rows are written and the handler
 * is called with the events not handled before (stream order, each event id once), all in one transaction; every
 * delivery is acknowledged after the commit. When the batch fails, its deliveries are handled one by one (each in a
 * transaction of its own, the handler called with a list of one), so one event that cannot be handled is retried and
 * dead-lettered on its own and does not hold back the others. A call with several events has no single current event:
 * {@link EventContext} is empty there (events it publishes carry no causation), so a handler that publishes should
 * stay a single-event handler.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EventHandler {

    /** The event type, one of {@link EventTypes}. */
    String type();

    /** The handler's name, unique within the service; part of the durable consumer name. */
    String name();

    /**
     * Deliveries handed to the handler at once: 1 (the default) calls the handler once per event; more makes it a
     * batch handler taking {@code List<EventEnvelope>} (see above). A batch handler's consumer handles one batch at
     * a time whatever {@code hockeyhub.events.consumer.concurrency} says.
     */
    int batchSize() default 1;
}
