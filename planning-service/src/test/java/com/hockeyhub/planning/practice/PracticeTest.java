package com.hockeyhub.planning.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.planning.PlanningApiTestBase;
import com.hockeyhub.shared.api.calendar.CalendarEvents.EventChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PracticeTest extends PlanningApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    static String practiceJson(UUID team, UUID event, int duration, String sections) {
        return ("{\"teamId\":\"%s\",%s\"date\":\"2026-12-08\",\"startsAt\":\"17:30\",\"durationMinutes\":%d,"
                + "\"title\":\"Tuesday practice\",\"objectives\":\"Rush reads\",\"sections\":%s}")
                .formatted(team, event == null ? "" : "\"calendarEventId\":\"" + event + "\",", duration, sections);
    }

    static String sections(UUID a, UUID b, UUID c) {
        return ("[{\"name\":\"Warm-up\",\"minutes\":15,\"drills\":[{\"drillId\":\"%s\",\"minutes\":10}]},"
                + "{\"name\":\"Skills\",\"minutes\":30,\"drills\":[{\"drillId\":\"%s\",\"minutes\":12},"
                + "{\"drillId\":\"%s\",\"minutes\":15}]}]").formatted(a, b, c);
    }

    UUID practice(Club club, UUID event) throws Exception {
        UUID a = drill(club, "Warm-up " + UUID.randomUUID(), "x", false);
        UUID b = drill(club, "Rush " + UUID.randomUUID(), "x", false);
        UUID c = drill(club, "Regroup " + UUID.randomUUID(), "x", false);
        MvcResult created = post(club.coach(), practiceJson(club.team, event, 60, sections(a, b, c)),
                "/api/practices");
        assertThat(status(created)).as(created.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(created).get("id").asString());
    }

    void calendarCancelled(Club club, UUID event) {
        transactions.executeWithoutResult(s -> events.publish(EventTypes.CALENDAR_EVENT_CANCELLED, club.id,
                new EventChanged(event, club.id, club.team, null, "Practice", "training", "cancelled", "team",
                        Instant.parse("2026-12-08T17:30:00Z"), Instant.parse("2026-12-08T18:30:00Z"), "Rink 1",
                        club.coachId, "Ice resurfacer broke")));
    }

    @Test
    void aPracticeRunsLiveFromStartToCompletionAndIsAnnouncedOnce() throws Exception {
        Club club = club();
        UUID id = practice(club, null);
        JsonNode planned = json(get(club.coach(), "/api/practices/{id}", id));
        assertThat(planned.get("status").asString()).isEqualTo("planned");
        assertThat(planned.get("plannedMinutes").asInt()).isEqualTo(45);
        assertThat(planned.at("/sections/1/drills/1/drillName").asString()).startsWith("Regroup");

        JsonNode started = json(post(club.coach(), "{}", "/api/practices/{id}/start", id));
        assertThat(started.get("status").asString()).isEqualTo("in_progress");
        assertThat(started.at("/current/position").asInt()).isZero();
        assertThat(started.at("/next/section").asString()).isEqualTo("Skills");
        assertThat(json(post(club.coach(), "{}", "/api/practices/{id}/next", id)).at("/current/position").asInt())
                .isEqualTo(1);
        JsonNode skipped = json(post(club.coach(), "{}", "/api/practices/{id}/skip", id));
        assertThat(skipped.at("/current/position").asInt()).isEqualTo(2);
        assertThat(skipped.at("/steps/1/outcome").asString()).isEqualTo("skipped");
        assertThat(skipped.has("next")).as("no drill after the last").isFalse();
        assertThat(json(get(club.player(0), "/api/practices/{id}/live", id)).at("/current/position").asInt())
                .isEqualTo(2);

        String attendance = "{\"players\":[{\"playerId\":\"%s\",\"status\":\"present\"},{\"playerId\":\"%s\","
                + "\"status\":\"late\"},{\"playerId\":\"%s\",\"status\":\"absent\"}]}";
        assertThat(status(put(club.coach(), attendance.formatted(club.players.get(0), club.players.get(1),
                club.players.get(2)), "/api/practices/{id}/attendance", id))).isEqualTo(200);
        assertThat(status(put(club.coach(), "{\"rating\":4,\"notes\":\"Good reads\"}",
                "/api/practices/{id}/evaluations/{p}", id, club.players.get(0)))).isEqualTo(200);
        assertThat(status(put(club.coach(), "{\"rating\":3}", "/api/practices/{id}/evaluations/{p}", id,
                club.players.get(1)))).isEqualTo(200);

        JsonNode completed = json(post(club.coach(), "{}", "/api/practices/{id}/complete", id));
        assertThat(completed.get("status").asString()).isEqualTo("completed");
        assertThat(completed.get("evaluations")).hasSize(2);
        var announced = published(EventTypes.PLANNING_PRACTICE_COMPLETED, club.id);
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).get("practiceId").asString()).isEqualTo(id.toString());
        assertThat(announced.get(0).get("drillsDone").asInt()).isEqualTo(2);
        assertThat(announced.get(0).get("drillsSkipped").asInt()).isEqualTo(1);
        assertThat(announced.get(0).get("presentPlayerIds")).hasSize(2);

        // a completed plan is read-only
        assertThat(status(post(club.coach(), "{}", "/api/practices/{id}/complete", id))).isEqualTo(409);
        assertThat(status(put(club.coach(), practiceJson(club.team, null, 60, "[{\"name\":\"X\",\"minutes\":10}]"),
                "/api/practices/{id}", id))).isEqualTo(409);
        assertThat(status(put(club.coach(), attendance.formatted(club.players.get(0), club.players.get(1),
                club.players.get(2)), "/api/practices/{id}/attendance", id))).isEqualTo(409);
        assertThat(status(put(club.coach(), "{\"rating\":5}", "/api/practices/{id}/evaluations/{p}", id,
                club.players.get(0)))).isEqualTo(409);
        assertThat(status(post(club.coach(), "{}", "/api/practices/{id}/cancel", id))).isEqualTo(409);
        assertThat(published(EventTypes.PLANNING_PRACTICE_COMPLETED, club.id)).hasSize(1);
        // a player of the team sees their own evaluation only
        JsonNode seen = json(get(club.player(1), "/api/practices/{id}", id));
        assertThat(seen.get("evaluations")).hasSize(1);
        assertThat(seen.at("/evaluations/0/playerId").asString()).isEqualTo(club.players.get(1).toString());
    }

    @Test
    void theRulesOfAPlanAreRefusedNamingTheField() throws Exception {
        Club club = club();
        UUID a = drill(club, "A " + UUID.randomUUID(), "x", false);
        Club other = club();
        UUID foreign = drill(other, "Theirs " + UUID.randomUUID(), "x", false);
        UUID shared = drill(other, "Shared " + UUID.randomUUID(), "x", true);
        String[][] cases = {
                // the sections take 45 minutes of a 40-minute practice
                {practiceJson(club.team, null, 40, sections(a, a, a)), "sections"},
                {practiceJson(club.team, null, 60, "[{\"name\":\"W\",\"minutes\":10,\"drills\":[{\"drillId\":\"%s\","
                        .formatted(a) + "\"minutes\":12}]}]"), "sections[0].drills"},
                {practiceJson(club.team, null, 60, sections(a, foreign, a)), "sections[1].drills[0].drillId"},
                {practiceJson(club.team, null, 60, sections(a, UUID.randomUUID(), a)), "sections[1].drills[0].drillId"},
                // the test drills are for 6–20 players
                {practiceJson(club.team, null, 60, sections(a, a, a)).replace("\"sections\"",
                        "\"expectedPlayers\":4,\"sections\""), "sections[0].drills[0].drillId"},
                {practiceJson(club.team, null, 5, sections(a, a, a)), "durationMinutes"},
                {practiceJson(club.team, null, 60, "[]"), "sections"},
                {practiceJson(club.team, null, 60, sections(a, a, a)).replace("2026-12-08", "someday"), "date"}};
        for (String[] c : cases) {
            MvcResult result = post(club.coach(), c[0], "/api/practices");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).contains("problem+json");
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        // a public drill of another club is fine
        assertThat(status(post(club.coach(), practiceJson(club.team, null, 60, sections(a, shared, a)),
                "/api/practices"))).isEqualTo(201);

        UUID event = UUID.randomUUID();
        UUID id = practice(club, event);
        MvcResult second = post(club.coach(), practiceJson(club.team, event, 60, sections(a, a, a)), "/api/practices");
        assertThat(status(second)).isEqualTo(409);
        String attendance = "{\"players\":[{\"playerId\":\"%s\",\"status\":\"present\"}]}";
        MvcResult early = put(club.coach(), attendance.formatted(club.players.get(0)), "/api/practices/{id}/attendance",
                id);
        assertThat(status(early)).isEqualTo(409);
        assertThat(json(early).get("detail").asString()).contains("started");
        assertThat(status(post(club.coach(), "{}", "/api/practices/{id}/next", id))).isEqualTo(409);

        post(club.coach(), "{}", "/api/practices/{id}/start", id);
        MvcResult stranger = put(club.coach(), attendance.formatted(club.otherPlayer), "/api/practices/{id}/attendance",
                id);
        assertThat(status(stranger)).isEqualTo(400);
        assertThat(field(stranger)).isEqualTo("players[0].playerId");
        put(club.coach(), "{\"players\":[{\"playerId\":\"%s\",\"status\":\"absent\"}]}".formatted(club.players.get(0)),
                "/api/practices/{id}/attendance", id);
        MvcResult absent = put(club.coach(), "{\"rating\":4}", "/api/practices/{id}/evaluations/{p}", id,
                club.players.get(0));
        assertThat(status(absent)).isEqualTo(422);
        assertThat(json(absent).get("detail").asString()).contains("present");
        assertThat(status(put(club.coach(), "{\"rating\":4}", "/api/practices/{id}/evaluations/{p}", id,
                club.players.get(1)))).as("never marked").isEqualTo(422);
        put(club.coach(), attendance.formatted(club.players.get(0)), "/api/practices/{id}/attendance", id);
        for (String rating : new String[]{"0", "6"}) {
            MvcResult bad = put(club.coach(), "{\"rating\":" + rating + "}", "/api/practices/{id}/evaluations/{p}", id,
                    club.players.get(0));
            assertThat(status(bad)).isEqualTo(400);
            assertThat(field(bad)).isEqualTo("rating");
        }
        assertThat(status(post(club.coach(), "{}", "/api/practices/{id}/start", id))).isEqualTo(409);
    }

    @Test
    void coachesPlanOnlyTheirTeamsAndOtherClubsSeeNothing() throws Exception {
        Club club = club();
        UUID id = practice(club, null);
        Club other = club();
        assertThat(status(get(other.coach(), "/api/practices/{id}", id))).isEqualTo(404);
        assertThat(status(post(other.coach(), "{}", "/api/practices/{id}/start", id))).isEqualTo(404);
        assertThat(status(post(other.admin(), "{}", "/api/practices/{id}/cancel", id))).isEqualTo(404);
        assertThat(status(get(other.coach(), "/api/teams/{t}/practices", club.team))).isEqualTo(404);
        assertThat(status(get(null, "/api/practices/{id}", id))).isEqualTo(401);
        assertThat(status(get(club.player(0), "/api/practices/{id}", id))).isEqualTo(200);
        assertThat(status(post(club.player(0), "{}", "/api/practices/{id}/start", id))).isEqualTo(403);
        String otherTeamPlayer = TestTokens.user(club.otherPlayer).organization(club.id).roles(Role.PLAYER)
                .teams(club.otherTeam).bearer();
        assertThat(status(get(otherTeamPlayer, "/api/practices/{id}", id))).isEqualTo(403);
        String otherTeamCoach = TestTokens.user(UUID.randomUUID()).organization(club.id).roles(Role.COACH)
                .teams(club.otherTeam).bearer();
        assertThat(status(post(otherTeamCoach, "{}", "/api/practices/{id}/start", id))).isEqualTo(403);
        assertThat(status(post(otherTeamCoach, practiceJson(club.team, null, 60, "[{\"name\":\"X\",\"minutes\":10}]"),
                "/api/practices"))).isEqualTo(403);
        assertThat(status(post(club.coach(), practiceJson(UUID.randomUUID(), null, 60,
                "[{\"name\":\"X\",\"minutes\":10}]"), "/api/practices"))).isEqualTo(404);
        JsonNode list = json(get(club.player(0), "/api/teams/{t}/practices?from=2026-12-01&to=2026-12-31",
                club.team));
        assertThat(list).hasSize(1);
        assertThat(field(get(club.coach(), "/api/teams/{t}/practices?from=2026-12-31&to=2026-12-01", club.team)))
                .isEqualTo("to");
        assertThat(status(post(club.admin(), "{\"reason\":\"Rink closed\"}", "/api/practices/{id}/cancel", id)))
                .isEqualTo(200);
        assertThat(status(post(club.admin(), "{}", "/api/practices/{id}/cancel", id))).isEqualTo(409);
    }

    @Test
    void aCancelledCalendarEventCancelsItsPracticeOnceAndLeavesACompletedOneAlone() throws Exception {
        Club club = club();
        UUID event = UUID.randomUUID();
        UUID id = practice(club, event);
        calendarCancelled(club, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> "cancelled".equals(
                json(get(club.coach(), "/api/practices/{id}", id)).get("status").asString()));
        JsonNode cancelled = json(get(club.coach(), "/api/practices/{id}", id));
        assertThat(cancelled.get("cancelReason").asString()).contains("Ice resurfacer broke");
        long version = jdbc.queryForObject("SELECT version FROM practice_plans WHERE id = ?", Long.class, id);
        calendarCancelled(club, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM hockeyhub_inbox WHERE "
                + "event_type = 'calendar.event.cancelled' AND event_id IN (SELECT id FROM hockeyhub_outbox WHERE "
                + "type = 'calendar.event.cancelled' AND organization_id = ?)", club.id) == 2);
        assertThat(jdbc.queryForObject("SELECT version FROM practice_plans WHERE id = ?", Long.class, id))
                .as("the second cancellation changes nothing").isEqualTo(version);

        // the event's practice may be planned again; once completed, a late cancellation leaves it alone
        UUID again = practice(club, event);
        post(club.coach(), "{}", "/api/practices/{id}/start", again);
        post(club.coach(), "{}", "/api/practices/{id}/complete", again);
        calendarCancelled(club, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM hockeyhub_inbox WHERE "
                + "event_type = 'calendar.event.cancelled' AND event_id IN (SELECT id FROM hockeyhub_outbox WHERE "
                + "type = 'calendar.event.cancelled' AND organization_id = ?)", club.id) == 3);
        assertThat(json(get(club.coach(), "/api/practices/{id}", again)).get("status").asString())
                .isEqualTo("completed");
    }
}
