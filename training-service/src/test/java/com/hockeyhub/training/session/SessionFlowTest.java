package com.hockeyhub.training.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.api.planning.PlanningEvents;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;

import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SessionFlowTest extends TrainingApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSessionMovesScheduledActiveCompletedAndNeverBack() throws Exception {
        Club club = club();
        UUID id = session(club, club.team, 2);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/complete", id))).isEqualTo(409);
        assertThat(json(post(club.coach(), "{}", "/api/sessions/{id}/start", id)).get("status").asString())
                .isEqualTo("active");
        assertThat(status(post(club.coach(), "{}", "/api/sessions/{id}/start", id))).isEqualTo(409);
        assertThat(json(post(club.coach(), "{}", "/api/sessions/{id}/complete", id)).get("status").asString())
                .isEqualTo("completed");
        MvcResult cancel = post(club.coach(), "{}", "/api/sessions/{id}/cancel", id);
        assertThat(status(cancel)).isEqualTo(409);
        assertThat(cancel.getResponse().getContentType()).contains("application/problem+json");
        assertThat(published("training.session.scheduled", club.id)).hasSize(1);
        assertThat(published("training.session.completed", club.id)).hasSize(1);
        assertThat(published("training.session.completed", club.id).get(0).get("sessionId").asString())
                .isEqualTo(id.toString());
    }

    @Test
    void aSessionFromATemplateCopiesItsExercises() throws Exception {
        Club club = club();
        UUID squat = exercise(club, "Squat");
        UUID lunge = exercise(club, "Lunge");
        MvcResult template = post(club.trainer(), ("{\"name\":\"Legs\",\"type\":\"strength\",\"visibility\":"
                + "\"organization\",\"exercises\":[{\"exerciseId\":\"%s\",\"sets\":4,\"reps\":6},"
                + "{\"exerciseId\":\"%s\",\"sets\":3,\"durationSeconds\":45,\"restSeconds\":30}]}")
                .formatted(squat, lunge), "/api/templates");
        String templateId = json(template).get("id").asString();
        MvcResult created = post(club.coach(), ("{\"teamId\":\"%s\",\"templateId\":\"%s\",\"title\":\"Legs day\","
                + "\"type\":\"strength\",\"startsAt\":\"2030-01-10T17:00:00Z\",\"durationMinutes\":75,"
                + "\"location\":\"Gym\"}").formatted(club.team, templateId), "/api/sessions");
        assertThat(status(created)).as(created.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(json(created).get("exercises")).hasSize(2);
        assertThat(json(created).at("/exercises/1/durationSeconds").asInt()).isEqualTo(45);
        String id = json(created).get("id").asString();
        assertThat(json(get(club.player(1), "/api/sessions/{id}", id)).get("title").asString())
                .isEqualTo("Legs day");
    }

    @Test
    void whoPlansAndWhoSeesATeamsSessions() throws Exception {
        Club club = club();
        UUID exercise = exercise(club, "Squat");
        assertThat(status(post(club.coach(), sessionJson(club.otherTeam, 3, exercise), "/api/sessions")))
                .isEqualTo(403);
        assertThat(status(post(club.player(0), sessionJson(club.team, 3, exercise), "/api/sessions")))
                .isEqualTo(403);
        UUID id = session(club, club.team, 3);
        assertThat(status(get(club.parentOf(0), "/api/sessions/{id}", id))).isEqualTo(200);
        assertThat(json(get(club.player(0), "/api/teams/{team}/sessions", club.team))).hasSize(1);
        assertThat(status(post(club.coach(), "{}", "/api/sessions/{id}/start", id))).isEqualTo(200);

        Club other = club();
        assertThat(status(get(other.trainer(), "/api/sessions/{id}", id))).isEqualTo(404);
        assertThat(status(post(other.trainer(), "{}", "/api/sessions/{id}/cancel", id))).isEqualTo(404);
        assertThat(status(get(other.trainer(), "/api/teams/{team}/sessions", club.team))).isEqualTo(404);
        assertThat(status(post(other.trainer(), sessionJson(club.team, 3, exercise(other, "Theirs")),
                "/api/sessions"))).isEqualTo(404);
    }

    @Test
    void badSessionsAreRefusedByName() throws Exception {
        Club club = club();
        UUID exercise = exercise(club, "Squat");
        String good = sessionJson(club.team, 3, exercise);
        String[][] cases = {
                {good.replace("\"durationMinutes\":60", "\"durationMinutes\":2"), "durationMinutes"},
                {good.replace("\"title\":\"Strength\",", ""), "title"},
                {good.replace("\"type\":\"strength\"", "\"type\":\"karaoke\""), "type"},
                {good.replaceAll(",\"exercises\":\\[.*\\]", ""), "exercises"},
                {good.replaceAll("\"startsAt\":\"[^\"]*\"", "\"startsAt\":\"next tuesday\""), "startsAt"}};
        for (String[] c : cases) {
            MvcResult result = post(club.trainer(), c[0], "/api/sessions");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(field(get(club.trainer(), "/api/teams/{team}/sessions?from=2030-01-01T00:00:00Z"
                + "&to=2029-01-01T00:00:00Z", club.team))).isEqualTo("to");
    }

    @Test
    void aSessionShowsThePlanningPhaseItsDayFallsIn() throws Exception {
        Club club = club();
        UUID phase = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publish(EventTypes.PLANNING_PHASE_CHANGED, club.id,
                new PlanningEvents.PhaseChanged(club.team, club.id, phase, "Pre-season build", "high",
                        LocalDate.parse("2030-01-01"), LocalDate.parse("2030-01-31"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM team_phases WHERE phase_id = ?",
                phase) == 1);
        UUID exercise = exercise(club, "Squat");
        String inPhase = "{\"teamId\":\"%s\",\"title\":\"Legs\",\"type\":\"strength\",\"startsAt\":\"%s\","
                + "\"durationMinutes\":60,\"exercises\":[{\"exerciseId\":\"%s\",\"sets\":3,\"reps\":8}]}";
        MvcResult created = post(club.trainer(), inPhase.formatted(club.team, "2030-01-10T17:00:00Z", exercise),
                "/api/sessions");
        assertThat(status(created)).as(created.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(json(created).at("/phase/intensity").asString()).isEqualTo("high");
        String id = json(created).get("id").asString();
        assertThat(json(get(club.player(0), "/api/sessions/{id}", id)).at("/phase/name").asString())
                .isEqualTo("Pre-season build");
        MvcResult after = post(club.trainer(), inPhase.formatted(club.team, "2030-02-10T17:00:00Z", exercise),
                "/api/sessions");
        assertThat(json(after).at("/phase/intensity").isMissingNode()).isTrue();
        MvcResult otherTeam = post(club.trainer(), inPhase.formatted(club.otherTeam, "2030-01-10T17:00:00Z",
                exercise), "/api/sessions");
        assertThat(json(otherTeam).at("/phase/intensity").isMissingNode()).isTrue();
    }

    @Test
    void aScheduledSessionIsChangedOrDeletedAndItsPlayersSeeTheChangeAtOnce() throws Exception {
        Club club = club();
        UUID exercise = exercise(club, "Squat");
        UUID id = session(club, club.team, 4);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", id))).isEqualTo(200);
        UUID player = club.players.get(0);
        assertThat(json(get(club.player(0), "/api/players/{p}/upcoming-sessions", player)).at("/sessions/0/title")
                .asString()).isEqualTo("Strength");

        String changed = sessionJson(club.team, 6, exercise).replace("\"title\":\"Strength\"", "\"title\":\"Power\"");
        MvcResult updated = put(club.coach(), changed, "/api/sessions/{id}", id);
        assertThat(status(updated)).as(updated.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json(updated).get("title").asString()).isEqualTo("Power");
        assertThat(json(updated).at("/exercises/0/exerciseId").asString()).isEqualTo(exercise.toString());
        assertThat(json(get(club.player(0), "/api/players/{p}/upcoming-sessions", player)).at("/sessions/0/title")
                .asString()).as("the cache was evicted").isEqualTo("Power");

        MvcResult otherTeam = put(club.trainer(), sessionJson(club.otherTeam, 6, exercise), "/api/sessions/{id}", id);
        assertThat(status(otherTeam)).isEqualTo(400);
        assertThat(field(otherTeam)).isEqualTo("teamId");
        MvcResult tooShort = put(club.trainer(), changed.replace("\"durationMinutes\":60", "\"durationMinutes\":1"),
                "/api/sessions/{id}", id);
        assertThat(field(tooShort)).isEqualTo("durationMinutes");
        assertThat(status(put(club.player(0), changed, "/api/sessions/{id}", id))).isEqualTo(403);
        assertThat(status(put(club().trainer(), changed, "/api/sessions/{id}", id))).isEqualTo(404);
        assertThat(status(delete(club.trainer(), "/api/sessions/{id}", id))).as("assigned: cancel instead")
                .isEqualTo(409);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/start", id))).isEqualTo(200);
        assertThat(status(put(club.trainer(), changed, "/api/sessions/{id}", id))).as("it began").isEqualTo(409);

        UUID unassigned = session(club, club.team, 8);
        assertThat(status(delete(club.player(0), "/api/sessions/{id}", unassigned))).isEqualTo(403);
        assertThat(status(delete(club.trainer(), "/api/sessions/{id}", unassigned))).isEqualTo(204);
        assertThat(status(get(club.trainer(), "/api/sessions/{id}", unassigned))).isEqualTo(404);
        assertThat(status(delete(club.trainer(), "/api/sessions/{id}", UUID.randomUUID()))).isEqualTo(404);
    }

    /** A session's request body for the team, starting at {@code startsAt} and lasting {@code minutes}. */
    String moved(UUID team, Instant startsAt, int minutes, UUID exercise) {
        return ("{\"teamId\":\"%s\",\"title\":\"Strength\",\"type\":\"strength\",\"startsAt\":\"%s\","
                + "\"durationMinutes\":%d,\"exercises\":[{\"exerciseId\":\"%s\",\"sets\":3,\"reps\":8}]}")
                .formatted(team, startsAt, minutes, exercise);
    }

    Instant startOf(Club club, UUID session) throws Exception {
        return Instant.parse(json(get(club.trainer(), "/api/sessions/{id}", session)).get("startsAt").asString());
    }

    @Test
    void aSessionMovesOnlyToATimeNoneOfItsPlayersIsGivenAnotherSession() throws Exception {
        Club club = club();
        UUID exercise = exercise(club, "Squat");
        UUID player = club.players.get(0);
        UUID moving = session(club, club.team, 30);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", moving))).isEqualTo(200);
        UUID busy = session(club, club.otherTeam, 50); // the player was named for another team's session
        assertThat(json(post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(player),
                "/api/sessions/{id}/assignments", busy)).get("assigned")).hasSize(1);
        UUID free = session(club, club.otherTeam, 70); // nobody was given it
        Instant before = startOf(club, moving);
        Instant busyAt = startOf(club, busy);

        // onto the other session: refused like an assignment that would double-book, naming player and session
        MvcResult clash = put(club.trainer(), moved(club.team, busyAt, 60, exercise), "/api/sessions/{id}", moving);
        assertThat(status(clash)).as(clash.getResponse().getContentAsString()).isEqualTo(409);
        assertThat(clash.getResponse().getContentType()).contains("application/problem+json");
        assertThat(json(clash).get("detail").asString()).contains(player.toString()).contains(busy.toString())
                .doesNotContain(club.players.get(1).toString());
        assertThat(startOf(club, moving)).as("not moved").isEqualTo(before);

        // back to back with it is fine; stretching it into the other session is not
        MvcResult backToBack = put(club.trainer(), moved(club.team, busyAt.minusSeconds(3600), 60, exercise),
                "/api/sessions/{id}", moving);
        assertThat(status(backToBack)).as(backToBack.getResponse().getContentAsString()).isEqualTo(200);
        MvcResult longer = put(club.trainer(), moved(club.team, busyAt.minusSeconds(3600), 90, exercise),
                "/api/sessions/{id}", moving);
        assertThat(status(longer)).isEqualTo(409);
        assertThat(json(longer).get("detail").asString()).contains(player.toString()).contains(busy.toString());

        // to a free slot (the same time as a session nobody was given)
        MvcResult toFree = put(club.trainer(), moved(club.team, startOf(club, free), 60, exercise),
                "/api/sessions/{id}", moving);
        assertThat(status(toFree)).as(toFree.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(startOf(club, moving)).isEqualTo(startOf(club, free));
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ? AND status = 'assigned'", moving))
                .isEqualTo(club.players.size());

        // a session the player's assignment was cancelled for does not hold the move back
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/cancel", busy))).isEqualTo(200);
        assertThat(status(put(club.trainer(), moved(club.team, busyAt, 60, exercise), "/api/sessions/{id}", moving)))
                .isEqualTo(200);

        assertThat(status(put(club().trainer(), moved(club.team, before, 60, exercise), "/api/sessions/{id}", moving)))
                .as("another club's session").isEqualTo(404);
        MvcResult noTime = put(club.trainer(), moved(club.team, before, 60, exercise)
                .replaceFirst("\"startsAt\":\"[^\"]+\",", ""), "/api/sessions/{id}", moving);
        assertThat(status(noTime)).isEqualTo(400);
        assertThat(field(noTime)).isEqualTo("startsAt");
    }
}
