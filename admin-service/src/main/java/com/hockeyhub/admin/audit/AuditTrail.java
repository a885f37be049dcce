package com.hockeyhub.admin.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * <p>
 * The consumer is a batch handler (shared-lib {@code @EventHandler(batchSize)}): the events waiting on the stream
 * are stored with one multi-row INSERT in one inbox transaction (docs/performance.md "admin-service"); when that
 * fails, shared-lib stores them one by one, so an event that cannot be stored is retried and dead-lettered alone.
 */
@Component
public class AuditTrail {

    /** Every type: the consumer's filter is {@code hockeyhub.events.>}. */
    static final String EVERY_TYPE = ">";
    /** Events stored per transaction at most (the consumer keeps up to twice as many in flight). */
    static final int BATCH_SIZE = 250;
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

    @EventHandler(type = EVERY_TYPE, name = "audit-trail", batchSize = BATCH_SIZE)
    void record(List<EventEnvelope> events) {
        int size = events.size();
        UUID[] ids = new UUID[size];
        UUID[] clubs = new UUID[size];
        String[] types = new String[size];
        String[] sources = new String[size];
        UUID[] actors = new UUID[size];
        String[] occurred = new String[size];
        String[] correlations = new String[size];
        String[] data = new String[size];
        String[] entityTypes = new String[size];
        UUID[] entityIds = new UUID[size];
        for (int i = 0; i < size; i++) {
            EventEnvelope event = events.get(i);
            JsonNode payload = event.data() == null ? JsonMapper.shared().createObjectNode() : event.data();
            ids[i] = event.id();
            clubs[i] = event.organizationId();
            types[i] = event.type();
            sources[i] = event.source();
            actors[i] = actor(payload);
            occurred[i] = (event.occurredAt() == null ? clock.instant() : event.occurredAt()).toString();
            correlations[i] = event.correlationId();
            data[i] = JsonMapper.shared().writeValueAsString(payload);
            entityTypes[i] = entityType(event.type());
            entityIds[i] = entityId(entityTypes[i], payload);
        }
        // one statement for the whole batch; the casts to the columns' types check each value as a row insert would
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO audit_events (event_id, organization_id, event_type, source, actor_id, occurred_at,
                                              correlation_id, data, entity_type, entity_id)
                    SELECT e.event_id, e.organization_id, e.event_type, e.source, e.actor_id, e.occurred_at::timestamptz,
                           e.correlation_id, e.data::jsonb, e.entity_type, e.entity_id
                    FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                                ?::text[], ?::uuid[])
                         AS e(event_id, organization_id, event_type, source, actor_id, occurred_at, correlation_id,
                              data, entity_type, entity_id)
                    ON CONFLICT (event_id) DO NOTHING""");
            insert.setArray(1, connection.createArrayOf("uuid", ids));
            insert.setArray(2, connection.createArrayOf("uuid", clubs));
            insert.setArray(3, connection.createArrayOf("text", types));
            insert.setArray(4, connection.createArrayOf("text", sources));
            insert.setArray(5, connection.createArrayOf("uuid", actors));
            insert.setArray(6, connection.createArrayOf("text", occurred));
            insert.setArray(7, connection.createArrayOf("text", correlations));
            insert.setArray(8, connection.createArrayOf("text", data));
            insert.setArray(9, connection.createArrayOf("text", entityTypes));
            insert.setArray(10, connection.createArrayOf("uuid", entityIds));
            return insert;
        });
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
            UUID id = uuid(data, field);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The event type without its verb: calendar.event.created -> calendar.event, user.created -> user. */
    static String entityType(String eventType) {
        int verb = eventType.lastIndexOf('.');
        return verb <= 0 ? eventType : eventType.substring(0, verb);
    }

    /**
     * The id of the entity the event is about: the payload's {@code <noun>Id} for the entity type's nouns from the
     * most specific (medical.player.status -> statusId, then playerId), else {@code id}; none when absent.
     */
    static UUID entityId(String entityType, JsonNode data) {
        String[] nouns = entityType.split("\\.");
        for (int i = nouns.length - 1; i >= 0; i--) {
            UUID id = uuid(data, camel(nouns[i]) + "Id");
            if (id != null) {
                return id;
            }
        }
        return uuid(data, "id");
    }

    private static String camel(String noun) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : noun.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static UUID uuid(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value != null && value.isString()) {
            try {
                return UUID.fromString(value.asString());
            } catch (IllegalArgumentException ignored) {
                // not an id
            }
        }
        return null;
    }
}
