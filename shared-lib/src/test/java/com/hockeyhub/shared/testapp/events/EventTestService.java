package com.hockeyhub.shared.testapp.events;

import java.util.UUID;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Business-like operations that publish events in their transaction. */
@Service
public class EventTestService {

    private final EventPublisher events;
    private final JdbcTemplate jdbc;

    public EventTestService(EventPublisher events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public EventEnvelope publish(String type, UUID organizationId, Object payload) {
        return events.publish(type, organizationId, payload);
    }

    /** Publishes, then fails: the transaction rolls back and must take the event with it. */
    @Transactional
    public void publishAndFail(String marker) {
        events.publish(TestEvents.PING, null, new TestEvents.Ping(marker, 0));
        throw new IllegalStateException("business rule broken after publishing " + marker);
    }

    public int receipts(String marker) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM event_test_receipts WHERE marker = ?",
                Integer.class, marker);
        return count == null ? 0 : count;
    }
}
