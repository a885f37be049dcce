package com.hockeyhub.admin.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.admin.AdminApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTest extends AdminApiTestBase {

    @Autowired
    SagaOutcomes sagas;
    @LocalServerPort
    int port;

    private void event(UUID club, String type, String source) {
        jdbc.update("INSERT INTO audit_events (event_id, organization_id, event_type, source, occurred_at, data) "
                + "VALUES (?, ?, ?, ?, ?, '{}'::jsonb)", UUID.randomUUID(), club, type, source,
                Timestamp.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void onlySuperAdminsSeeThePlatformDashboardWithTheSuitesEventRates() throws Exception {
        Club club = club();
        String source = "src-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            event(club.id, "calendar.event.created", source);
        }
        assertThat(status(get(null, "/api/admin/dashboard/platform"))).isEqualTo(401);
        assertThat(status(get(club.admin(), "/api/admin/dashboard/platform"))).isEqualTo(403);
        assertThat(status(get(club.player(), "/api/admin/dashboard/platform"))).isEqualTo(403);
        assertThat(status(get(service(), "/api/admin/dashboard/platform"))).isEqualTo(403);

        MvcResult result = get(superAdmin(), "/api/admin/dashboard/platform");
        assertThat(status(result)).isEqualTo(200);
        JsonNode view = json(result);
        assertThat(view.get("clubs").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(view.get("events").get("lastHour").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(view.get("events").get("bySourceLast24Hours").get(source).asLong()).isEqualTo(3);
        assertThat(view.get("mostActiveClubs").isArray()).isTrue();
    }

    @Test
    void clubAdminsSeeTheirOwnClubsPeopleAndActivityOnly() throws Exception {
        Club club = club();
        Club other = club();
        event(club.id, "training.session.completed", "training-service");
        event(club.id, "training.session.completed", "training-service");
        event(other.id, "payment.received", "payment-service");

        JsonNode view = json(get(club.admin(), "/api/admin/dashboard"));
        assertThat(view.get("organizationId").asString()).isEqualTo(club.id.toString());
        assertThat(view.get("activeUsers").asInt()).isEqualTo(3);
        assertThat(view.get("teams").asInt()).isEqualTo(2);
        assertThat(view.get("eventsByTypeLast7Days").get("training.session.completed").asLong()).isEqualTo(2);
        assertThat(view.get("eventsByTypeLast7Days").has("payment.received")).isFalse();
        assertThat(view.get("featuresOn")).isNotNull();

        assertThat(status(get(club.admin(), "/api/admin/dashboard?organizationId={id}", other.id))).isEqualTo(404);
        assertThat(status(get(club.player(), "/api/admin/dashboard"))).isEqualTo(403);
        assertThat(status(get(club.coach(), "/api/admin/dashboard"))).isEqualTo(403);
        JsonNode forOther = json(get(superAdmin(), "/api/admin/dashboard?organizationId={id}", other.id));
        assertThat(forOther.get("eventsByTypeLast7Days").get("payment.received").asLong()).isEqualTo(1);
    }

    @Test
    void sagaOutcomesAreCountedPerServiceOverHttpAndADownServiceIsNamed() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("admin-service", "http://localhost:" + port);
        targets.put("gone-service", "http://127.0.0.1:1");
        long before = sagas.collect(targets, superAdmin()).byService().get("admin-service").get("COMPENSATED");
        jdbc.update("INSERT INTO saga_instance (id, saga_type, definition_version, status, data, created_at, "
                + "updated_at, finished_at, version) VALUES (?, 'test-saga', 1, 'COMPENSATED', '{}'::jsonb, now(), "
                + "now(), now(), 0)", UUID.randomUUID());

        SagaOutcomes.Outcomes outcomes = sagas.collect(targets, superAdmin());

        assertThat(outcomes.unreachable()).containsExactly("gone-service");
        assertThat(outcomes.byService().get("admin-service")).containsOnlyKeys(SagaOutcomes.STATUSES)
                .containsEntry("COMPENSATED", before + 1);
    }
}
