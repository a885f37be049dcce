package com.hockeyhub.calendar.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.shared.api.calendar.CalendarEvents.ReminderDue;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends {@code calendar.reminder.due} once per participant and lead time. Each due reminder is claimed by inserting
 * its row into {@code reminder_deliveries} (unique on event, participant, lead time) and published through the
 * outbox in the same transaction: a second instance running the same query at the same moment waits for the first
 * one's rows and then skips them ({@code ON CONFLICT DO NOTHING}); a rolled-back batch claims and publishes nothing.
 * Participants who declined are skipped, and so are waitlisted ones (they have no place yet).
 */
@Service
public class ReminderService {

    private static final String CLAIM_DUE = """
            INSERT INTO reminder_deliveries (id, organization_id, event_id, user_id, lead_minutes, due_at, sent_at)
            SELECT gen_random_uuid(), e.organization_id, e.id, p.user_id, m.lead,
                   e.start_at - make_interval(mins => m.lead), ?
            FROM events e
            CROSS JOIN LATERAL unnest(e.reminder_minutes) AS m(lead)
            JOIN event_participants p ON p.event_id = e.id AND p.deleted_at IS NULL
                 AND p.rsvp_status IN ('pending', 'accepted', 'tentative')
            WHERE e.deleted_at IS NULL AND e.status = 'scheduled'
              AND e.start_at > ? AND e.start_at - make_interval(mins => m.lead) <= ?
              AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d
                              WHERE d.event_id = e.id AND d.user_id = p.user_id AND d.lead_minutes = m.lead)
            ORDER BY e.start_at
            LIMIT ?
            ON CONFLICT ON CONSTRAINT reminder_deliveries_once DO NOTHING
            RETURNING event_id, user_id, lead_minutes
            """;

    private static final String EVENT_DETAILS = """
            SELECT organization_id, title, type, start_at, location, team_id FROM events WHERE id = ?
            """;

    private final JdbcTemplate jdbc;
    private final EventPublisher publisher;
    private final CalendarProperties properties;
    private final Clock clock;

    public ReminderService(JdbcTemplate jdbc, EventPublisher publisher, CalendarProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims and publishes one batch of due reminders; returns how many this call sent. */
    @Transactional
    public int sendDue() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Claimed> claimed = jdbc.query(CLAIM_DUE, (rs, i) -> new Claimed(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getInt(3)), now, now, now, properties.reminders().batchSize());
        for (Claimed c : claimed) {
            jdbc.query(EVENT_DETAILS, rs -> {
                UUID organizationId = rs.getObject(1, UUID.class);
                publisher.publish(EventTypes.CALENDAR_REMINDER_DUE, organizationId, new ReminderDue(c.eventId(),
                        organizationId, c.userId(), c.leadMinutes(), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getObject(6, UUID.class)));
            }, c.eventId());
        }
        return claimed.size();
    }

    /** After an event moved: forget reminders whose new due time is still ahead, so they go out again on time. */
    @Transactional
    public void rescheduled(UUID eventId) {
        jdbc.update("""
                DELETE FROM reminder_deliveries d USING events e
                WHERE d.event_id = e.id AND e.id = ? AND e.start_at - make_interval(mins => d.lead_minutes) > ?
                """, eventId, Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    public int sentCount(UUID eventId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM reminder_deliveries WHERE event_id = ?", Integer.class,
                eventId);
        return n == null ? 0 : n;
    }

    private record Claimed(UUID eventId, UUID userId, int leadMinutes) {
    }
}
