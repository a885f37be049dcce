package com.hockeyhub.shared.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.testapp.events.BatchTestHandler;
import com.hockeyhub.shared.testapp.events.EventTestService;
import com.hockeyhub.shared.testapp.events.TestEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.Connection;
import io.nats.client.PublishOptions;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A batch handler ({@code @EventHandler(batchSize = n)}): deliveries that wait are handled in one call and one
 * transaction, each event once even when redelivered, and one event that cannot be handled is dead-lettered on its
 * own while the rest of its batch is handled.
 */
@IntegrationTest
class EventsBatchTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CONSUMER = "foundation-test-batch";

    @Autowired
    EventTestService service;
    @Autowired
    BatchTestHandler handler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Connection nats;
    @Autowired
    EventProperties properties;
    @Autowired
    MeterRegistry meters;

    @Test
    void eventsThatWaitAreHandledInOneCallAndEachOnce() throws Exception {
        List<String> markers = markers("m-", 20);
        List<EventEnvelope> sent = publishBehindTheGate(markers);

        markers.forEach(marker -> awaitReceipts(marker, 1));
        assertThat(handler.calls().stream().filter(call -> call.stream().anyMatch(markers::contains))
                .mapToInt(List::size).max().orElse(0))
                .as("the deliveries that piled up behind the gate reached the handler together")
                .isGreaterThan(1).isLessThanOrEqualTo(BatchTestHandler.BATCH_SIZE);
        for (int i = 0; i < markers.size(); i++) {
            assertThat(handler.runs(markers.get(i))).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT status || ':' || attempts FROM hockeyhub_inbox "
                    + "WHERE consumer = ? AND event_id = ?", String.class, CONSUMER, sent.get(i).id()))
                    .isEqualTo("HANDLED:1");
        }
        assertThat(counter("hockeyhub.events.handled")).isGreaterThanOrEqualTo(markers.size());
    }

    @Test
    void aRedeliveredBatchIsHandledOnce() throws Exception {
        List<String> markers = markers("m-", 10);
        List<EventEnvelope> sent = publishBehindTheGate(markers);
        markers.forEach(marker -> awaitReceipts(marker, 1));
        double duplicatesBefore = counter("hockeyhub.events.duplicates");

        // the same ten events once more (under other message ids, so the stream's de-duplication lets them
        // through), piled up so they arrive as one batch together with a new event
        String sentinel = "m-" + UUID.randomUUID();
        handler.closeGate();
        String gate = "gate-" + UUID.randomUUID();
        service.publish(TestEvents.BATCH, null, new TestEvents.Ping(gate, 0));
        assertThat(handler.awaitAtGate()).isTrue();
        for (EventEnvelope event : sent) {
            String stored = jdbc.queryForObject("SELECT envelope::text FROM hockeyhub_outbox WHERE id = ?",
                    String.class, event.id());
            nats.jetStream().publish(properties.subject(TestEvents.BATCH), new Headers(),
                    stored.getBytes(StandardCharsets.UTF_8),
                    PublishOptions.builder().messageId(event.id() + "-again").build());
        }
        service.publish(TestEvents.BATCH, null, new TestEvents.Ping(sentinel, 0));
        awaitPending(sent.size() + 2);
        handler.openGate();

        awaitReceipts(sentinel, 1);
        await().atMost(PATIENCE).until(() -> counter("hockeyhub.events.duplicates") >= duplicatesBefore + 10);
        for (String marker : markers) {
            assertThat(service.receipts(marker)).as(marker).isEqualTo(1);
            assertThat(handler.runs(marker)).as(marker).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_inbox WHERE consumer = ? AND event_id = ANY(?)",
                Integer.class, CONSUMER, sent.stream().map(EventEnvelope::id).toArray(UUID[]::new)))
                .isEqualTo(sent.size());
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAloneAndTheOthersAreHandled() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        List<String> markers = new ArrayList<>(markers("m-", 3));
        markers.add(1, poison);
        markers.addAll(markers("m-", 3));
        List<EventEnvelope> sent = publishBehindTheGate(markers);
        UUID poisonId = sent.get(1).id();

        markers.stream().filter(marker -> !marker.equals(poison)).forEach(marker -> awaitReceipts(marker, 1));
        await().atMost(PATIENCE).until(() -> jdbc.queryForList(
                "SELECT status FROM hockeyhub_inbox WHERE consumer = ? AND event_id = ?", String.class,
                CONSUMER, poisonId).equals(List.of("DEAD_LETTERED")));
        assertThat(service.receipts(poison)).isZero();
        assertThat(handler.runs(poison)).isGreaterThanOrEqualTo(properties.getConsumer().getMaxAttempts());
        MessageInfo letter = nats.jetStreamManagement().getLastMessage(properties.getDlqStream(),
                properties.dlqSubject("foundation-test"));
        assertThat(letter.getHeaders().getFirst("Hh-Event-Id")).isEqualTo(poisonId.toString());
        assertThat(letter.getHeaders().getFirst("Hh-Consumer")).isEqualTo(CONSUMER);
        assertThat(letter.getHeaders().getFirst("Hh-Attempts"))
                .isEqualTo(Integer.toString(properties.getConsumer().getMaxAttempts()));
        assertThat(letter.getHeaders().getFirst("Hh-Error")).contains("cannot ever handle " + poison);
        for (int i = 0; i < sent.size(); i++) {
            if (i != 1) {
                assertThat(jdbc.queryForObject("SELECT status FROM hockeyhub_inbox WHERE consumer = ? "
                        + "AND event_id = ?", String.class, CONSUMER, sent.get(i).id())).isEqualTo("HANDLED");
            }
        }
        assertThat(counter("hockeyhub.events.dead_lettered")).isGreaterThanOrEqualTo(1);
    }

    /**
     * Holds the handler on a gate event, publishes the events while it waits until JetStream has delivered them
     * all, then lets it go: the events reach the consumer's worker together.
     */
    private List<EventEnvelope> publishBehindTheGate(List<String> markers) throws Exception {
        handler.closeGate();
        String gate = "gate-" + UUID.randomUUID();
        service.publish(TestEvents.BATCH, null, new TestEvents.Ping(gate, 0));
        assertThat(handler.awaitAtGate()).isTrue();
        List<EventEnvelope> sent = new ArrayList<>();
        for (String marker : markers) {
            sent.add(service.publish(TestEvents.BATCH, null, new TestEvents.Ping(marker, 0)));
        }
        awaitPending(markers.size() + 1);
        handler.openGate();
        awaitReceipts(gate, 1);
        return sent;
    }

    private void awaitPending(int deliveries) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> nats.jetStreamManagement()
                .getConsumerInfo(properties.getStream(), CONSUMER).getNumAckPending() >= deliveries);
    }

    private double counter(String name) {
        return meters.find(name).tag("consumer", CONSUMER).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private void awaitReceipts(String marker, int expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> service.receipts(marker) >= expected);
        assertThat(service.receipts(marker)).as(marker).isEqualTo(expected);
    }

    private static List<String> markers(String prefix, int count) {
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            markers.add(prefix + UUID.randomUUID());
        }
        return markers;
    }
}
