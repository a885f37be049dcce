package com.hockeyhub.shared.event;

import java.util.UUID;

/**
 * Publishes a domain event through the transactional outbox: the event is stored in the caller's database
 * transaction (which must be active) and relayed to JetStream after commit. A rolled-back transaction publishes
 * nothing; a NATS outage delays delivery but never loses the event or fails the write.
 */
public interface EventPublisher {

    /**
     * @param type           one of {@link EventTypes}
     * @param organizationId the club the event belongs to, or {@code null} for platform events
     * @param data           the payload record (serialised as JSON; version 1)
     * @return the envelope as stored
     */
    EventEnvelope publish(String type, UUID organizationId, Object data);
}
