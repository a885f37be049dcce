package com.hockeyhub.admin.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.hockeyhub.admin.AdminApiTestBase;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.inbox.EventConsumers;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.Connection;
import io.nats.client.PublishOptions;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every event of the suite reaches the audit trail once, and each club reads only its own. */
class AuditTrailTest extends AdminApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditTrail trail;
    @Autowired
    Connection nats;
    @Autowired
    EventProperties eventProperties;
    @Autowired
    EventConsumers consumers;
    @Autowired
    MeterRegistry meters;

    void publish(String type, UUID club, Map<String, Object> data) {
        transactions.executeWithoutResult(status -> events.publish(type, club, data));
    }

    int recorded(UUID club) {
        return count("SELECT count(*) FROM audit_events WHERE organization_id = ?", club);
    }

    @Test
    void everyEventIsRecordedOnceWithItsActorAndEachClubSeesItsOwn() throws Exception {
        Club a = club();
        Club b = club();
        UUID actor = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();
        publish("payment.invoice.issued", a.id, Map.of("invoiceId", invoice.toString(), "changedBy",
                actor.toString()));
        publish("medical.injury.reported", a.id, Map.of("playerId", a.playerId.toString()));
        publish("medical.injury.updated", a.id, Map.of("playerId", a.playerId.toString()));
        publish("calendar.event.created", b.id, Map.of("eventId", UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> recorded(a.id) == 3 && recorded(b.id) == 1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE organization_id = ? AND actor_id = ?", a.id, actor))
                .isEqualTo(1);

        JsonNode page = json(get(a.admin(), "/api/admin/audit?size=2"));
        assertThat(page.get("events")).hasSize(2);
        assertThat(page.get("events").get(0).get("type").asString()).isEqualTo("medical.injury.updated");
        String next = page.get("next").asString();
        JsonNode rest = json(get(a.admin(), "/api/admin/audit?size=2&after=" + next));
        assertThat(rest.get("events")).hasSize(1);
        assertThat(rest.get("events").get(0).get("type").asString()).isEqualTo("payment.invoice.issued");
        assertThat(rest.path("next").isMissingNode() || rest.get("next").isNull()).isTrue();
        assertThat(json(get(a.admin(), "/api/admin/audit?type=medical.*")).get("events")).hasSize(2);
        assertThat(json(get(a.admin(), "/api/admin/audit?actorId=" + actor)).get("events")).hasSize(1);
        JsonNode byEntity = json(get(a.admin(), "/api/admin/audit?entityId=" + invoice)).get("events");
        assertThat(byEntity).hasSize(1);
        assertThat(byEntity.get(0).get("entityType").asString()).isEqualTo("payment.invoice");
        // the injury events here carry no injuryId: their entity type is known, their id is not
        JsonNode injuries = json(get(a.admin(), "/api/admin/audit?entityType=medical.injury")).get("events");
        assertThat(injuries).hasSize(2);
        assertThat(injuries.get(0).path("entityId").isString()).isFalse();
        assertThat(json(get(b.admin(), "/api/admin/audit?entityId=" + invoice)).get("events")).isEmpty();
        assertThat(get(a.admin(), "/api/admin/audit").getResponse().getContentAsString())
                .doesNotContain(b.id.toString());

        assertThat(status(get(a.admin(), "/api/admin/audit?organizationId=" + b.id))).isEqualTo(404);
        assertThat(status(get(a.player(), "/api/admin/audit"))).isEqualTo(403);
        assertThat(status(get(null, "/api/admin/audit"))).isEqualTo(401);
        JsonNode platform = json(get(superAdmin(), "/api/admin/audit?organizationId=" + b.id));
        assertThat(platform.get("events")).hasSize(1);
        assertThat(platform.get("events").get(0).get("type").asString()).isEqualTo("calendar.event.created");
    }

    @Test
    void aBurstIsStoredInBatchesAndOnceEvenWhenTheWholeBurstIsRedelivered() throws Exception {
        UUID club = UUID.randomUUID();
        List<EventEnvelope> burst = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            burst.add(envelope(club, "calendar-service", i));
        }
        publishAll(burst, "");
        await().atMost(Duration.ofSeconds(60)).until(() -> recorded(club) == burst.size());
        // recorded_at is the transaction's start: rows sharing it were stored by one batch transaction
        assertThat(jdbc.queryForObject("SELECT max(n) FROM (SELECT count(*) AS n FROM audit_events "
                + "WHERE organization_id = ? GROUP BY recorded_at) b", Integer.class, club))
                .as("events that waited on the stream were stored together").isGreaterThan(1);
        String firstRecorded = jdbc.queryForObject("SELECT string_agg(event_id || '@' || recorded_at, ',' "
                + "ORDER BY event_id) FROM audit_events WHERE organization_id = ?", String.class, club);
        double duplicatesBefore = duplicates();

        // the same events once more (other message ids, so the stream's de-duplication lets them through), then one
        // new event: the consumer handles the stream in order, so once the new one is stored the others were seen
        EventEnvelope after = envelope(club, "calendar-service", 999);
        List<EventEnvelope> again = new ArrayList<>(burst);
        again.add(after);
        publishAll(again, "-again");
        await().atMost(Duration.ofSeconds(60)).until(() -> recorded(club) == burst.size() + 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + burst.size());
        assertThat(jdbc.queryForObject("SELECT string_agg(event_id || '@' || recorded_at, ',' ORDER BY event_id) "
                + "FROM audit_events WHERE organization_id = ? AND event_id <> ?", String.class, club, after.id()))
                .as("the redelivered events were skipped, not written again").isEqualTo(firstRecorded);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_inbox WHERE consumer = ? AND event_id = ANY(?)",
                Integer.class, consumer(), again.stream().map(EventEnvelope::id).toArray(UUID[]::new)))
                .isEqualTo(again.size());
    }

    @Test
    void anEventThatCannotBeStoredIsDeadLetteredAloneAndTheRestOfItsBatchIsStored() throws Exception {
        UUID club = UUID.randomUUID();
        List<EventEnvelope> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(envelope(club, "calendar-service", i));
        }
        // no source: audit_events.source is NOT NULL, so this event fails every attempt
        EventEnvelope poison = envelope(club, null, 20);
        burst.add(20, poison);
        publishAll(burst, "");

        await().atMost(Duration.ofSeconds(60)).until(() -> recorded(club) == burst.size() - 1);
        int maxAttempts = eventProperties.getConsumer().getMaxAttempts();
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForList(
                "SELECT status || ':' || attempts FROM hockeyhub_inbox WHERE consumer = ? AND event_id = ?",
                String.class, consumer(), poison.id()).equals(List.of("DEAD_LETTERED:" + maxAttempts)));
        assertThat(count("SELECT count(*) FROM audit_events WHERE event_id = ?", poison.id())).isZero();
        assertThat(recorded(club)).isEqualTo(burst.size() - 1);
        MessageInfo letter = nats.jetStreamManagement().getLastMessage(eventProperties.getDlqStream(),
                eventProperties.dlqSubject("admin-service"));
        assertThat(letter.getHeaders().getFirst("Hh-Event-Id")).isEqualTo(poison.id().toString());
        assertThat(letter.getHeaders().getFirst("Hh-Consumer")).isEqualTo(consumer());
        assertThat(letter.getHeaders().getFirst("Hh-Error")).contains("source");
        assertThat(new String(letter.getData(), StandardCharsets.UTF_8)).contains(poison.id().toString());
    }

    private static EventEnvelope envelope(UUID club, String source, int n) {
        return new EventEnvelope(UUID.randomUUID(), "calendar.event.created", 1, source, Instant.now(), club,
                "corr-" + n, null, JsonMapper.shared()
                        .readTree("{\"eventId\":\"" + UUID.randomUUID() + "\",\"n\":" + n + "}"));
    }

    /** Publishes straight to the run's stream, without waiting between messages, so they pile up on the consumer. */
    private void publishAll(List<EventEnvelope> envelopes, String messageIdSuffix) throws Exception {
        List<CompletableFuture<PublishAck>> acks = new ArrayList<>();
        for (EventEnvelope envelope : envelopes) {
            acks.add(nats.jetStream().publishAsync(eventProperties.subject(envelope.type()), new Headers(),
                    JsonMapper.shared().writeValueAsBytes(envelope),
                    PublishOptions.builder().messageId(envelope.id() + messageIdSuffix).build()));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
    }

    private String consumer() {
        return consumers.consumerName("audit-trail");
    }

    private double duplicates() {
        return meters.find("hockeyhub.events.duplicates").tag("consumer", consumer()).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    @Test
    void badQueriesAreRefusedByName() throws Exception {
        Club club = club();
        for (String[] bad : new String[][] {{"size=0", "size"}, {"size=201", "size"}, {"after=garbage", "after"},
                {"type=DROP%20TABLE", "type"}, {"from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from"},
                {"from=2026-01-01T00:00:00Z&to=2026-04-05T00:00:00Z", "from"}, {"from=2000-01-01T00:00:00Z", "from"},
                {"entityType=calendar.event%3B", "entityType"}, {"entityId=not-a-uuid", "entityId"}}) {
            MvcResult result = get(club.admin(), "/api/admin/audit?" + bad[0]);
            assertThat(status(result)).as(bad[0]).isEqualTo(400);
            assertThat(json(result).at("/errors/0/field").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(status(get(club.admin(), "/api/admin/audit?from=yesterday"))).isEqualTo(400);
        assertThat(status(get(club.admin(), "/api/admin/audit?from=2026-01-01T00:00:00Z&to=2026-04-03T00:00:00Z")))
                .as("93 days is allowed").isEqualTo(200);
    }

    @Test
    void retentionDeletesOnlyExpiredRows() {
        UUID club = UUID.randomUUID();
        jdbc.update("INSERT INTO audit_events (event_id, organization_id, event_type, source, occurred_at, data) "
                + "VALUES (?, ?, 'user.updated', 'test', now() - interval '500 days', '{}'), "
                + "(?, ?, 'user.updated', 'test', now() - interval '1 day', '{}')",
                UUID.randomUUID(), club, UUID.randomUUID(), club);
        assertThat(trail.purge()).isGreaterThanOrEqualTo(1);
        assertThat(recorded(club)).isEqualTo(1);
    }
}
