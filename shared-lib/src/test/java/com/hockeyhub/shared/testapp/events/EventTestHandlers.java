package com.hockeyhub.shared.testapp.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Handlers that record what they received in {@code event_test_receipts} (inside the handler transaction). */
@Component
public class EventTestHandlers {

    private final JdbcTemplate jdbc;
    private final Map<String, AtomicInteger> invocations = new ConcurrentHashMap<>();

    public EventTestHandlers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler(type = TestEvents.PING, name = "ping")
    void ping(TestEvents.Ping ping, EventEnvelope envelope) {
        invocations(ping.marker()).incrementAndGet();
        record("ping", envelope, ping.marker());
    }

    /** Fails on the first two deliveries of each event, then succeeds. */
    @EventHandler(type = TestEvents.FLAKY, name = "flaky")
    void flaky(EventEnvelope envelope, TestEvents.Ping ping) {
        int attempt = invocations(ping.marker()).incrementAndGet();
        record("flaky", envelope, ping.marker());
        if (attempt <= 2) {
            // the receipt above is rolled back with the failed attempt
            throw new IllegalStateException("flaky handler failing on attempt " + attempt);
        }
    }

    @EventHandler(type = TestEvents.POISON, name = "poison")
    void poison(TestEvents.Ping ping) {
        invocations(ping.marker()).incrementAndGet();
        throw new IllegalArgumentException("cannot ever handle " + ping.marker());
    }

    /** How often a handler ran for the marker, including failed and rolled-back runs. */
    public int runs(String marker) {
        return invocations(marker).get();
    }

    private AtomicInteger invocations(String marker) {
        return invocations.computeIfAbsent(marker, m -> new AtomicInteger());
    }

    private void record(String handler, EventEnvelope envelope, String marker) {
        jdbc.update("INSERT INTO event_test_receipts (handler, event_id, marker, source) VALUES (?, ?, ?, ?)",
                handler, envelope.id(), marker, envelope.source());
    }
}
