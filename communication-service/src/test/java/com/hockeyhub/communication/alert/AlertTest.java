package com.hockeyhub.communication.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.api.communication.CommunicationEvents;
import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AlertTest extends CommunicationApiTestBase {

    @Autowired
    AlertService alerts;
    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    /** The club with an assistant coach on the first team (level 0 of an alert about its players). */
    record Staffed(Club club, UUID assistantId, String assistant) {
    }

    Staffed staffed() {
        Club club = club();
        UUID assistant = UUID.randomUUID();
        roster.saveMember(new RosterMember(club.team, assistant, club.id, "assistant_coach", null, null), true);
        return new Staffed(club, assistant, TestTokens.user(assistant).organization(club.id)
                .roles(Role.ASSISTANT_COACH).teams(club.team).bearer());
    }

    JsonNode raise(Club club, int minutes) throws Exception {
        MvcResult result = post(club.medic(), """
                {"playerId":"%s","title":"Concussion protocol: no contact","acknowledgeWithinMinutes":%d}"""
                .formatted(club.players.get(0), minutes), "/api/alerts");
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json(result);
    }

    int level(String id) {
        return count("SELECT level FROM alerts WHERE id = ?::uuid", id);
    }

    int audited(String id, String action) {
        return count("SELECT count(*) FROM alert_audit WHERE alert_id = ?::uuid AND action = ?", id, action);
    }

    @Test
    void theStaffAlertedAcknowledgeAndEscalationStops() throws Exception {
        Staffed s = staffed();
        Club club = s.club();
        JsonNode alert = raise(club, 5);
        String id = alert.get("id").asString();
        assertThat(alert.get("status").asString()).isEqualTo("open");
        assertThat(alert.get("recipients").findValuesAsString("userId")).containsExactly(s.assistantId().toString());
        assertThat(count("SELECT count(*) FROM notifications WHERE user_id = ? AND kind = 'medical.alert' "
                + "AND priority = 'urgent'", s.assistantId())).isEqualTo(1);
        assertThat(status(get(club.coach(), "/api/alerts/{id}", id))).isEqualTo(403); // not alerted yet
        assertThat(status(post(club.coach(), "{}", "/api/alerts/{id}/acknowledge", id))).isEqualTo(403);

        JsonNode acknowledged = json(post(s.assistant(), "{}", "/api/alerts/{id}/acknowledge", id));
        assertThat(acknowledged.get("status").asString()).isEqualTo("acknowledged");
        assertThat(acknowledged.get("acknowledgedBy").asString()).isEqualTo(s.assistantId().toString());
        assertThat(status(post(s.assistant(), "{}", "/api/alerts/{id}/acknowledge", id))).isEqualTo(200);
        assertThat(audited(id, "acknowledged")).isEqualTo(1);
        List<JsonNode> published = published(CommunicationEvents.ALERT_ACKNOWLEDGED, club.id);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).get("acknowledgedBy").asString()).isEqualTo(s.assistantId().toString());

        alerts.escalateDue(Instant.now().plus(Duration.ofHours(2)));
        assertThat(level(id)).isZero();
        assertThat(audited(id, "escalated")).isZero();
        assertThat(json(get(s.assistant(), "/api/alerts")).findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void anUnacknowledgedAlertEscalatesOnceALevelWithTwoSchedulers() throws Exception {
        Staffed s = staffed();
        Club club = s.club();
        String id = raise(club, 5).get("id").asString();
        Instant due = Instant.now().plus(Duration.ofMinutes(6));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> replica = () -> {
            start.await();
            return alerts.escalateDue(due);
        };
        try {
            Future<Integer> a = pool.submit(replica);
            Future<Integer> b = pool.submit(replica);
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        alerts.escalateDue(due); // a third run at the same moment finds nothing due
        assertThat(level(id)).isEqualTo(1);
        assertThat(audited(id, "escalated")).isEqualTo(1);
        List<JsonNode> escalated = published(CommunicationEvents.ALERT_ESCALATED, club.id);
        assertThat(escalated).hasSize(1);
        assertThat(escalated.get(0).get("level").asInt()).isEqualTo(1);
        assertThat(escalated.get(0).get("recipientIds").get(0).asString()).isEqualTo(club.coachId.toString());
        JsonNode coachView = json(get(club.coach(), "/api/alerts/{id}", id));
        assertThat(coachView.get("level").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notifications WHERE user_id = ? AND kind = 'medical.alert'",
                club.coachId)).isEqualTo(1);

        alerts.escalateDue(due.plus(Duration.ofMinutes(6)));
        assertThat(level(id)).isEqualTo(2);
        assertThat(published(CommunicationEvents.ALERT_ESCALATED, club.id)).hasSize(2);
        JsonNode byAdmin = json(post(club.admin(), "{}", "/api/alerts/{id}/acknowledge", id));
        assertThat(byAdmin.get("status").asString()).isEqualTo("acknowledged");
        alerts.escalateDue(due.plus(Duration.ofDays(1)));
        assertThat(level(id)).isEqualTo(2);
        assertThat(audited(id, "escalated")).isEqualTo(2);
        assertThat(json(get(club.admin(), "/api/alerts/{id}", id)).get("audit").findValuesAsString("action"))
                .containsExactly("created", "escalated", "escalated", "acknowledged");
    }

    @Test
    void onlyMedicalStaffRaiseAndMedicalStaffOrAdminsResolve() throws Exception {
        Staffed s = staffed();
        Club club = s.club();
        String body = "{\"playerId\":\"%s\",\"title\":\"Cardiac screening failed\"}".formatted(club.players.get(1));
        assertThat(status(post(club.coach(), body, "/api/alerts"))).isEqualTo(403);
        assertThat(status(post(null, body, "/api/alerts"))).isEqualTo(401);
        String id = raise(club, 10).get("id").asString();
        assertThat(json(get(club.medic(), "/api/alerts")).findValuesAsString("id")).contains(id);
        assertThat(json(get(club.player(1), "/api/alerts"))).isEmpty();
        assertThat(status(post(club.coach(), "{}", "/api/alerts/{id}/resolve", id))).isEqualTo(403);
        JsonNode resolved = json(post(club.medic(), "{}", "/api/alerts/{id}/resolve", id));
        assertThat(resolved.get("status").asString()).isEqualTo("resolved");
        assertThat(status(post(club.admin(), "{}", "/api/alerts/{id}/resolve", id))).isEqualTo(409);
        assertThat(status(post(s.assistant(), "{}", "/api/alerts/{id}/acknowledge", id))).isEqualTo(409);
        assertThat(audited(id, "resolved")).isEqualTo(1);

        Club other = club();
        assertThat(status(get(other.medic(), "/api/alerts/{id}", id))).isEqualTo(404);
        assertThat(status(post(other.admin(), "{}", "/api/alerts/{id}/resolve", id))).isEqualTo(404);
        assertThat(json(get(other.medic(), "/api/alerts"))).isEmpty();
        assertThat(status(post(club.medic(), "{}", "/api/alerts/{id}/acknowledge", UUID.randomUUID())))
                .isEqualTo(404);
    }

    @Test
    void badAlertsAreRefusedByName() throws Exception {
        Club club = club();
        Club other = club();
        String[][] cases = {
                {"{\"title\":\"x\"}", "playerId"},
                {"{\"playerId\":\"%s\",\"title\":\"  \"}".formatted(club.players.get(0)), "title"},
                {"{\"playerId\":\"%s\",\"title\":\"x\",\"acknowledgeWithinMinutes\":0}".formatted(club.players.get(0)),
                        "acknowledgeWithinMinutes"},
                {"{\"playerId\":\"%s\",\"title\":\"x\"}".formatted(other.players.get(0)), "playerId"},
        };
        for (String[] c : cases) {
            MvcResult result = post(club.medic(), c[0], "/api/alerts");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(count("SELECT count(*) FROM alerts WHERE organization_id = ?", club.id)).isZero();
    }

    @Test
    void aSevereInjuryRaisesOneAlertWhateverTheRedeliveries() throws Exception {
        Staffed s = staffed();
        Club club = s.club();
        transactions.executeWithoutResult(t -> events.publish(EventTypes.MEDICAL_INJURY_REPORTED, club.id,
                new InjuryChanged(UUID.randomUUID(), club.players.get(2), club.id, "head", 5, "active",
                        LocalDate.now(), null)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM alerts WHERE organization_id = ?", club.id) == 1);
        String source = jdbc.queryForObject("SELECT source_key FROM alerts WHERE organization_id = ?", String.class,
                club.id);
        alerts.raiseForInjury(club.id, club.players.get(2), 5, source); // as a redelivery would
        assertThat(count("SELECT count(*) FROM alerts WHERE organization_id = ?", club.id)).isEqualTo(1);
        JsonNode list = json(get(s.assistant(), "/api/alerts"));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("body").asString()).doesNotContain("head");
    }
}
