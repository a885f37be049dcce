package com.hockeyhub.shared.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.testapp.events.EventTestHandlers;
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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

@IntegrationTest
class EventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EventTestService service;
    @Autowired
    EventTestHandlers handlers;
    @Autowired
    EventPublisher publisher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Connection nats;
    @Autowired
    EventProperties properties;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MockMvc mvc;

    @Test
    void anEventPublishedInATransactionReachesItsHandlerWithItsEnvelope() {
        UUID org = UUID.randomUUID();
        String marker = marker();
        EventEnvelope sent = service.publish(TestEvents.PING, org, new TestEvents.Ping(marker, 7));

        awaitReceipts(marker, 1);
        Map<String, Object> receipt = jdbc.queryForMap(
                "SELECT handler, event_id, source FROM event_test_receipts WHERE marker = ?", marker);
        assertThat(receipt).containsEntry("handler", "ping").containsEntry("event_id", sent.id())
                .containsEntry("source", "foundation-test");
        assertThat(sent.version()).isEqualTo(1);
        assertThat(sent.organizationId()).isEqualTo(org);
        assertThat(sent.data().get("number").asInt()).isEqualTo(7);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "SELECT sent_at IS NOT NULL FROM hockeyhub_outbox WHERE id = ?", Boolean.class, sent.id()));
        assertThat(jdbc.queryForObject("SELECT status FROM hockeyhub_inbox WHERE consumer = ? AND event_id = ?",
                String.class, "foundation-test-ping", sent.id())).isEqualTo("HANDLED");
    }

    @Test
    void theStreamCarriesTheEnvelopeUnderTheEventIdAsMessageId() throws Exception {
        String marker = marker();
        EventEnvelope sent = service.publish(TestEvents.PING, null, new TestEvents.Ping(marker, 1));
        awaitReceipts(marker, 1);

        MessageInfo stored = nats.jetStreamManagement().getLastMessage(properties.getStream(),
                properties.subject(TestEvents.PING));
        assertThat(stored.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo(sent.id().toString());
        JsonNode envelope = JsonMapper.shared().readTree(stored.getData());
        assertThat(envelope.get("id").asString()).isEqualTo(sent.id().toString());
        assertThat(envelope.get("type").asString()).isEqualTo(TestEvents.PING);
        assertThat(envelope.get("source").asString()).isEqualTo("foundation-test");
        assertThat(envelope.get("data").get("marker").asString()).isEqualTo(marker);
    }

    @Test
    void publishingOutsideATransactionFailsFast() {
        assertThatThrownBy(() -> publisher.publish(TestEvents.PING, null, new TestEvents.Ping(marker(), 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String rolledBack = marker();
        assertThatThrownBy(() -> service.publishAndFail(rolledBack)).isInstanceOf(IllegalStateException.class);
        String sentinel = marker();
        service.publish(TestEvents.PING, null, new TestEvents.Ping(sentinel, 0));

        awaitReceipts(sentinel, 1);
        assertThat(service.receipts(rolledBack)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE envelope->'data'->>'marker' = ?",
                Integer.class, rolledBack)).isZero();
    }

    @Test
    void aPayloadWithFieldsTheConsumerDoesNotKnowIsStillHandled() {
        String marker = marker();
        service.publish(TestEvents.PING, null, new TestEvents.PingV2(marker, 2, "new in version 1.1"));
        awaitReceipts(marker, 1);
    }

    @Test
    void aRedeliveredEventIsHandledOnce() throws Exception {
        String marker = marker();
        EventEnvelope sent = service.publish(TestEvents.PING, null, new TestEvents.Ping(marker, 3));
        awaitReceipts(marker, 1);
        double duplicatesBefore = counter("hockeyhub.events.duplicates", "foundation-test-ping");

        // the same event once more, under another message id so the stream's de-duplication lets it through
        String stored = jdbc.queryForObject("SELECT envelope::text FROM hockeyhub_outbox WHERE id = ?", String.class,
                sent.id());
        nats.jetStream().publish(properties.subject(TestEvents.PING), new Headers(),
                stored.getBytes(StandardCharsets.UTF_8),
                PublishOptions.builder().messageId(sent.id() + "-again").build());

        await().atMost(PATIENCE).until(() ->
                counter("hockeyhub.events.duplicates", "foundation-test-ping") > duplicatesBefore);
        assertThat(service.receipts(marker)).isEqualTo(1);
        assertThat(handlers.runs(marker)).isEqualTo(1);
    }

    @Test
    void aHandlerThatFailsTwiceThenSucceedsProcessesTheEventOnce() {
        String marker = marker();
        EventEnvelope sent = service.publish(TestEvents.FLAKY, null, new TestEvents.Ping(marker, 0));

        awaitReceipts(marker, 1);
        assertThat(handlers.runs(marker)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT attempts FROM hockeyhub_inbox WHERE consumer = ? AND event_id = ?",
                Integer.class, "foundation-test-flaky", sent.id())).isEqualTo(3);
        assertThat(counter("hockeyhub.events.failed", "foundation-test-flaky")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPoisonEventIsDeadLetteredAfterTheAttemptLimitAndCounted() throws Exception {
        String marker = marker();
        EventEnvelope sent = service.publish(TestEvents.POISON, null, new TestEvents.Ping(marker, 0));

        await().atMost(PATIENCE).until(() -> jdbc.queryForList(
                "SELECT status FROM hockeyhub_inbox WHERE consumer = ? AND event_id = ?", String.class,
                "foundation-test-poison", sent.id()).equals(List.of("DEAD_LETTERED")));
        assertThat(handlers.runs(marker)).isEqualTo(properties.getConsumer().getMaxAttempts());
        assertThat(counter("hockeyhub.events.dead_lettered", "foundation-test-poison")).isGreaterThanOrEqualTo(1);

        MessageInfo letter = nats.jetStreamManagement().getLastMessage(properties.getDlqStream(),
                properties.dlqSubject("foundation-test"));
        assertThat(letter.getHeaders().getFirst("Hh-Event-Id")).isEqualTo(sent.id().toString());
        assertThat(letter.getHeaders().getFirst("Hh-Consumer")).isEqualTo("foundation-test-poison");
        assertThat(letter.getHeaders().getFirst("Hh-Attempts")).isEqualTo("3");
        assertThat(letter.getHeaders().getFirst("Hh-Error")).contains("cannot ever handle " + marker);
        assertThat(new String(letter.getData(), StandardCharsets.UTF_8)).contains(marker);

        // it stays handled: nothing is redelivered after the dead letter was acknowledged
        String sentinel = marker();
        service.publish(TestEvents.PING, null, new TestEvents.Ping(sentinel, 0));
        awaitReceipts(sentinel, 1);
        assertThat(handlers.runs(marker)).isEqualTo(properties.getConsumer().getMaxAttempts());
    }

    @Test
    void anUnreadableMessageIsDeadLetteredAtOnceWithoutRunningTheHandler() throws Exception {
        String messageId = "garbage-" + UUID.randomUUID();
        double before = counter("hockeyhub.events.dead_lettered", "foundation-test-ping");
        nats.jetStream().publish(properties.subject(TestEvents.PING), new Headers(),
                "{not json".getBytes(StandardCharsets.UTF_8), PublishOptions.builder().messageId(messageId).build());

        await().atMost(PATIENCE).until(() ->
                counter("hockeyhub.events.dead_lettered", "foundation-test-ping") > before);
        MessageInfo letter = nats.jetStreamManagement().getLastMessage(properties.getDlqStream(),
                properties.dlqSubject("foundation-test"));
        assertThat(letter.getHeaders().getFirst("Hh-Event-Id")).isEqualTo(messageId);
        assertThat(letter.getHeaders().getFirst("Hh-Attempts")).isEqualTo("1");
        assertThat(new String(letter.getData(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    }

    @Test
    void outboxAndEventMetricsAreExposed() {
        String marker = marker();
        service.publish(TestEvents.PING, null, new TestEvents.Ping(marker, 0));
        awaitReceipts(marker, 1);

        assertThat(meters.get("hockeyhub.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("hockeyhub.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("hockeyhub.events.published").tag("type", TestEvents.PING).counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(counter("hockeyhub.events.handled", "foundation-test-ping")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void natsIsAHealthComponentButNotPartOfReadiness() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.nats.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(jsonPath("$.components.nats").doesNotExist());
    }

    private double counter(String name, String consumer) {
        var found = meters.find(name).tag("consumer", consumer).counters();
        return found.stream().mapToDouble(c -> c.count()).sum();
    }

    private void awaitReceipts(String marker, int expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> service.receipts(marker) >= expected);
        assertThat(service.receipts(marker)).isEqualTo(expected);
    }

    private static String marker() {
        return "m-" + UUID.randomUUID();
    }

}
