package com.hockeyhub.admin.audit;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.admin.AdminApiTestBase;
import com.hockeyhub.shared.event.EventPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

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
        publish("payment.invoice.issued", a.id, Map.of("invoiceId", UUID.randomUUID().toString(), "changedBy",
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
    void badQueriesAreRefusedByName() throws Exception {
        Club club = club();
        for (String[] bad : new String[][] {{"size=0", "size"}, {"size=201", "size"}, {"after=garbage", "after"},
                {"type=DROP%20TABLE", "type"}, {"from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from"},
                {"from=2026-01-01T00:00:00Z&to=2026-04-05T00:00:00Z", "from"}, {"from=2000-01-01T00:00:00Z", "from"}}) {
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
