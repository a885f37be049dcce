package com.hockeyhub.shared.testapp.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A batch handler: records a receipt per event in {@code event_test_receipts} (inside the batch transaction) and
 * the markers of every call. A marker starting with {@code poison-} fails every call that contains it; one starting
 * with {@code gate-} holds its call until the test opens the gate, so the test can let deliveries pile up.
 */
@Component
public class BatchTestHandler {

    public static final int BATCH_SIZE = 50;

    private final JdbcTemplate jdbc;
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final List<List<String>> calls = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch atGate = new CountDownLatch(0);

    public BatchTestHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler(type = TestEvents.BATCH, name = "batch", batchSize = BATCH_SIZE)
    void on(List<EventEnvelope> events) throws InterruptedException {
        calls.add(events.stream().map(BatchTestHandler::marker).toList());
        for (EventEnvelope event : events) {
            String marker = marker(event);
            runs.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet();
            if (marker.startsWith("gate-")) {
                atGate.countDown();
                if (!gate.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            }
            if (marker.startsWith("poison-")) {
                throw new IllegalArgumentException("cannot ever handle " + marker);
            }
            jdbc.update("INSERT INTO event_test_receipts (handler, event_id, marker, source) VALUES (?, ?, ?, ?)",
                    "batch", event.id(), marker, event.source());
        }
    }

    /** Makes the next call with a {@code gate-} marker wait in the handler until {@link #openGate()}. */
    public void closeGate() {
        gate = new CountDownLatch(1);
        atGate = new CountDownLatch(1);
    }

    public boolean awaitAtGate() throws InterruptedException {
        return atGate.await(60, TimeUnit.SECONDS);
    }

    public void openGate() {
        gate.countDown();
    }

    /** How often the handler was given the marker's event, including failed and rolled-back calls. */
    public int runs(String marker) {
        AtomicInteger count = runs.get(marker);
        return count == null ? 0 : count.get();
    }

    /** The markers of every call, in call order. */
    public List<List<String>> calls() {
        return List.copyOf(calls);
    }

    private static String marker(EventEnvelope event) {
        return event.data().get("marker").asString();
    }
}
