package com.hockeyhub.shared.event.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.event.EventContext;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.web.RequestIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events to {@code hockeyhub_outbox} inside the caller's transaction and wakes the relay after commit.
 * Outside a transaction it fails fast: an event written on its own could describe a change that never happened.
 */
public class OutboxEventPublisher implements EventPublisher {

    static final int VERSION = 1;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final String source;

    public OutboxEventPublisher(JdbcTemplate jdbc, JsonMapper json, OutboxRelay relay, String source) {
        this.jdbc = jdbc;
        this.json = json;
        this.relay = relay;
        this.source = source;
    }

    @Override
    public EventEnvelope publish(String type, UUID organizationId, Object data) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("EventPublisher.publish(" + type + ") needs an active read-write "
                    + "transaction (e.g. a @Transactional service method), so the event commits with the change");
        }
        EventEnvelope cause = EventContext.current().orElse(null);
        String correlationId = cause != null && cause.correlationId() != null ? cause.correlationId()
                : RequestIds.current().orElse(null);
        String causationId = cause != null ? cause.id().toString() : null;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        JsonNode payload = json.valueToTree(data);
        EventEnvelope envelope = new EventEnvelope(Uuid7.at(now), type, VERSION, source, now, organizationId,
                correlationId, causationId, payload);
        jdbc.update("INSERT INTO hockeyhub_outbox (id, type, organization_id, envelope, created_at) "
                        + "VALUES (?, ?, ?, ?::jsonb, ?)",
                envelope.id(), type, organizationId, json.writeValueAsString(envelope), Timestamp.from(now));
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wake();
            }
        });
    }
}
