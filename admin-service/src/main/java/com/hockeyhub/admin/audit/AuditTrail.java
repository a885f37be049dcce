package com.hockeyhub.admin.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.admin.AdminProperties;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every domain event of the suite, kept once (by event id) for "who changed what, when": one durable consumer of
 * every subject of the event stream. The actor is taken from the payload where an event names one.
 */
@Component
public class AuditTrail {

    /** Every type: the consumer's filter is {@code hockeyhub.events.>}. */
    static final String EVERY_TYPE = ">";
    private static final String[] ACTOR_FIELDS = {"actorId", "changedBy", "performedBy", "reportedBy", "createdBy"};
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcTemplate jdbc;
    private final AdminProperties properties;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, AdminProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    @EventHandler(type = EVERY_TYPE, name = "audit-trail")
    void record(EventEnvelope event) {
        JsonNode data = event.data() == null ? JsonMapper.shared().createObjectNode() : event.data();
        jdbc.update("""
                INSERT INTO audit_events (event_id, organization_id, event_type, source, actor_id, occurred_at,
                                          correlation_id, data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (event_id) DO NOTHING""",
                event.id(), event.organizationId(), event.type(), event.source(), actor(data),
                Timestamp.from(event.occurredAt() == null ? clock.instant() : event.occurredAt()),
                event.correlationId(), JsonMapper.shared().writeValueAsString(data));
    }

    /** Deletes rows older than the retention; safe on every replica at once (each row goes once). */
    public int purge() {
        Instant cutoff = clock.instant().minus(properties.auditRetention());
        int deleted = jdbc.update("DELETE FROM audit_events WHERE occurred_at < ?", Timestamp.from(cutoff));
        if (deleted > 0) {
            log.info("Audit retention: {} event(s) before {} deleted", deleted, cutoff);
        }
        return deleted;
    }

    private static UUID actor(JsonNode data) {
        for (String field : ACTOR_FIELDS) {
            JsonNode value = data.get(field);
            if (value != null && value.isString()) {
                try {
                    return UUID.fromString(value.asString());
                } catch (IllegalArgumentException ignored) {
                    // not an id: no actor
                }
            }
        }
        return null;
    }
}
