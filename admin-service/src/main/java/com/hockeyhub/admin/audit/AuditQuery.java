package com.hockeyhub.admin.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail newest first, a page at a time (keyset: the last row's time and id). */
@Component
public class AuditQuery {

    public record Entry(UUID eventId, UUID organizationId, String type, String source, UUID actorId, Instant occurredAt,
                 String correlationId, String entityType, UUID entityId, JsonNode data) {
    }

    public record Page(List<Entry> events, String next) {
    }

    public record Filter(UUID organizationId, String type, Instant from, Instant to, UUID actorId, String entityType,
                         UUID entityId) {

        public static Filter club(UUID organizationId) {
            return new Filter(organizationId, null, null, null, null, null, null);
        }
    }

    private final JdbcTemplate jdbc;

    AuditQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Statement(String sql, Object[] args) {
    }

    private static Statement statement(Filter filter, AuditCursor after, int size) {
        StringBuilder sql = new StringBuilder("SELECT event_id, organization_id, event_type, source, actor_id, "
                + "occurred_at, correlation_id, entity_type, entity_id, data::text AS data FROM audit_events "
                + "WHERE true");
        List<Object> args = new ArrayList<>();
        if (filter.organizationId() != null) {
            sql.append(" AND organization_id = ?");
            args.add(filter.organizationId());
        }
        if (filter.type() != null) {
            if (filter.type().endsWith("*")) {
                sql.append(" AND event_type LIKE ?");
                args.add(filter.type().substring(0, filter.type().length() - 1).replace("%", "\\%") + "%");
            } else {
                sql.append(" AND event_type = ?");
                args.add(filter.type());
            }
        }
        if (filter.actorId() != null) {
            sql.append(" AND actor_id = ?");
            args.add(filter.actorId());
        }
        if (filter.entityType() != null) {
            sql.append(" AND entity_type = ?");
            args.add(filter.entityType());
        }
        if (filter.entityId() != null) {
            sql.append(" AND entity_id = ?");
            args.add(filter.entityId());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        if (after != null) {
            sql.append(" AND (occurred_at, event_id) < (?, ?)");
            args.add(Timestamp.from(after.occurredAt()));
            args.add(after.eventId());
        }
        sql.append(" ORDER BY occurred_at DESC, event_id DESC LIMIT ?");
        args.add(size + 1);
        return new Statement(sql.toString(), args.toArray());
    }

    @Transactional(readOnly = true)
    public Page page(Filter filter, AuditCursor after, int size) {
        Statement statement = statement(filter, after, size);
        List<Entry> rows = jdbc.query(statement.sql(), (rs, i) -> new Entry(rs.getObject("event_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("event_type"), rs.getString("source"),
                rs.getObject("actor_id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("correlation_id"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                JsonMapper.shared().readTree(rs.getString("data"))), statement.args());
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        Entry last = rows.get(size - 1);
        return new Page(rows.subList(0, size), new AuditCursor(last.occurredAt(), last.eventId()).encode());
    }

    /** The plan of {@link #page}'s statement, executed: EXPLAIN (ANALYZE, BUFFERS) (benchmarks, diagnostics). */
    @Transactional(readOnly = true)
    public String explain(Filter filter, AuditCursor after, int size) {
        Statement statement = statement(filter, after, size);
        return String.join("\n", jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql(), String.class,
                statement.args()));
    }

    @Transactional(readOnly = true)
    public int countSince(UUID organizationId, Instant since) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE organization_id = ? "
                + "AND occurred_at >= ?", Integer.class, organizationId, Timestamp.from(since));
        return n == null ? 0 : n;
    }
}
