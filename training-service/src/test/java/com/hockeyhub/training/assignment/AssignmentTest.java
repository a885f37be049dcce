package com.hockeyhub.training.assignment;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.api.medical.MedicalEvents.PlayerStatusChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AssignmentTest extends TrainingApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    /** medical-service's event, over NATS, as it would send it. */
    void medical(Club club, UUID player, String status, double multiplier) {
        transactions.executeWithoutResult(s -> events.publish(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, club.id,
                new PlayerStatusChanged(player, club.id, status, "available", null, null, multiplier)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM player_training_status "
                + "WHERE player_id = ? AND status = ?", player, status) == 1);
    }

    @Test
    void aTeamAssignmentLeavesOutInjuredPlayersAndScalesLoadManagement() throws Exception {
        Club club = club();
        medical(club, club.players.get(1), "injured", 0.0);
        medical(club, club.players.get(2), "load_management", 0.6);
        UUID session = session(club, club.team, 24);

        JsonNode result = json(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", session));
        assertThat(result.get("assigned")).hasSize(2);
        assertThat(result.get("excluded")).hasSize(1);
        assertThat(result.at("/excluded/0/playerId").asString()).isEqualTo(club.players.get(1).toString());
        assertThat(result.at("/excluded/0/reason").asString()).contains("injured");
        Map<String, BigDecimal> loads = new java.util.HashMap<>();
        result.get("assigned").forEach(a -> loads.put(a.get("playerId").asString(), a.get("loadMultiplier").decimalValue()));
        assertThat(loads.get(club.players.get(2).toString())).isEqualByComparingTo("0.60");
        assertThat(loads.get(club.players.get(0).toString())).isEqualByComparingTo("1.00");

        JsonNode again = json(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", session));
        assertThat(again.get("assigned")).isEmpty();
        assertThat(again.get("alreadyAssigned").asInt()).isEqualTo(2);
        assertThat(published("training.assignment.created", club.id)).hasSize(1);
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ?", session)).isEqualTo(2);
    }

    @Test
    void aPlayerRecordsTheWorkoutOnceAndStatisticsHearsTheLoad() throws Exception {
        Club club = club();
        UUID session = session(club, club.team, 1);
        post(club.coach(), "{}", "/api/sessions/{id}/assignments", session);
        String assignment = json(get(club.player(0), "/api/players/{p}/upcoming-sessions", club.players.get(0)))
                .at("/sessions/0/assignmentId").asString();

        MvcResult badRpe = post(club.player(0), "{\"durationMinutes\":50,\"rpe\":11}", "/api/assignments/{id}/execution",
                assignment);
        assertThat(status(badRpe)).isEqualTo(400);
        assertThat(field(badRpe)).isEqualTo("rpe");
        assertThat(status(post(club.player(1), "{\"durationMinutes\":50,\"rpe\":7}", "/api/assignments/{id}/execution",
                assignment))).isEqualTo(403);

        MvcResult done = post(club.player(0), "{\"durationMinutes\":50,\"rpe\":7,\"results\":[{\"exerciseId\":\""
                + UUID.randomUUID() + "\",\"sets\":3,\"reps\":8,\"load\":60}]}", "/api/assignments/{id}/execution",
                assignment);
        assertThat(status(done)).as(done.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json(done).get("load").decimalValue()).isEqualByComparingTo("350");
        assertThat(status(post(club.player(0), "{\"durationMinutes\":50,\"rpe\":7}", "/api/assignments/{id}/execution",
                assignment))).isEqualTo(409);
        JsonNode workout = published("training.workout.completed", club.id).get(0);
        assertThat(workout.get("playerId").asString()).isEqualTo(club.players.get(0).toString());
        assertThat(workout.get("load").decimalValue()).isEqualByComparingTo("350");
        assertThat(workout.get("durationMinutes").asInt()).isEqualTo(50);
        // completed: no longer upcoming (the cache was evicted)
        assertThat(json(get(club.player(0), "/api/players/{p}/upcoming-sessions", club.players.get(0)))
                .get("sessions")).isEmpty();
    }

    @Test
    void upcomingSessionsAreCachedAndACancellationShowsAtOnce() throws Exception {
        Club club = club();
        UUID session = session(club, club.team, 5);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", session);
        UUID player = club.players.get(2);
        assertThat(json(get(club.parentOf(2), "/api/players/{p}/upcoming-sessions", player)).get("sessions"))
                .hasSize(1);
        assertThat(json(get(club.parentOf(2), "/api/players/{p}/upcoming-sessions", player)).get("sessions"))
                .hasSize(1);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/cancel", session))).isEqualTo(200);
        assertThat(json(get(club.player(2), "/api/players/{p}/upcoming-sessions", player)).get("sessions")).isEmpty();
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ? AND status = 'cancelled'", session))
                .isEqualTo(3);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", session))).isEqualTo(409);

        assertThat(status(get(club.player(0), "/api/players/{p}/upcoming-sessions", player))).isEqualTo(403);
        Club other = club();
        assertThat(status(get(other.trainer(), "/api/players/{p}/upcoming-sessions", player))).isEqualTo(404);
        assertThat(status(get(other.trainer(), "/api/sessions/{id}/assignments", session))).isEqualTo(404);
    }

    @Test
    void aSessionGoesToAPositionGroupOrListedPlayersOnceEachAndLoadsArePerPlayer() throws Exception {
        Club club = club();
        UUID defender = UUID.randomUUID();
        roster.saveMember(new RosterMember(club.team, defender, club.id, "player", 44, "defense"), true);
        roster.savePerson(new RosterPerson(defender, club.id, defender + "@example.test", "Test", "Defender",
                List.of("player"), true), true);
        UUID session = session(club, club.team, 30);

        JsonNode defense = json(post(club.trainer(), "{\"position\":\"defense\"}", "/api/sessions/{id}/assignments",
                session));
        assertThat(defense.get("assigned")).hasSize(1);
        assertThat(defense.at("/assigned/0/playerId").asString()).isEqualTo(defender.toString());
        JsonNode team = json(post(club.coach(), "{}", "/api/sessions/{id}/assignments", session));
        assertThat(team.get("assigned")).hasSize(3);
        assertThat(team.get("alreadyAssigned").asInt()).isEqualTo(1);
        JsonNode listed = json(post(club.trainer(), "{\"playerIds\":[\"%s\",\"%s\"]}".formatted(club.otherPlayer,
                defender), "/api/sessions/{id}/assignments", session));
        assertThat(listed.get("assigned")).hasSize(1);
        assertThat(listed.at("/assigned/0/playerId").asString()).isEqualTo(club.otherPlayer.toString());
        assertThat(listed.get("alreadyAssigned").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ?", session)).isEqualTo(5);

        Club other = club();
        for (UUID outsider : List.of(UUID.randomUUID(), other.players.get(0))) {
            MvcResult refused = post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(outsider),
                    "/api/sessions/{id}/assignments", session);
            assertThat(status(refused)).isEqualTo(404);
            assertThat(json(refused).get("detail").asString()).contains(outsider.toString());
        }
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ?", session)).isEqualTo(5);

        String assignment = listed.at("/assigned/0/id").asString();
        MvcResult modified = put(club.trainer(), "{\"loadMultiplier\":0.8}", "/api/assignments/{id}/load",
                assignment);
        assertThat(status(modified)).as(modified.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json(modified).get("loadMultiplier").decimalValue()).isEqualByComparingTo("0.80");
        MvcResult tooMuch = put(club.trainer(), "{\"loadMultiplier\":2.5}", "/api/assignments/{id}/load", assignment);
        assertThat(status(tooMuch)).isEqualTo(400);
        assertThat(field(tooMuch)).isEqualTo("loadMultiplier");
        assertThat(status(put(club.player(0), "{\"loadMultiplier\":1.5}", "/api/assignments/{id}/load", assignment)))
                .isEqualTo(403);
        assertThat(status(put(other.trainer(), "{\"loadMultiplier\":1.5}", "/api/assignments/{id}/load",
                assignment))).isEqualTo(404);
        assertThat(status(put(club.trainer(), "{\"loadMultiplier\":1.5}", "/api/assignments/{id}/load",
                UUID.randomUUID()))).isEqualTo(404);
    }

    @Test
    void playersSeeTheirOwnAssignmentsAndParentsOnlyTheirChildrens() throws Exception {
        Club club = club();
        UUID first = session(club, club.team, 3);
        UUID second = session(club, club.team, 4);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", first);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", second);
        post(club.trainer(), "{}", "/api/sessions/{id}/cancel", first);
        UUID player = club.players.get(1);

        JsonNode own = json(get(club.player(1), "/api/players/{p}/assignments", player));
        assertThat(own).hasSize(2);
        own.forEach(a -> assertThat(a.get("playerId").asString()).isEqualTo(player.toString()));
        assertThat(own.findValuesAsString("status")).containsExactlyInAnyOrder("assigned", "cancelled");
        assertThat(json(get(club.parentOf(1), "/api/players/{p}/assignments", player))).hasSize(2);
        assertThat(status(get(club.parentOf(0), "/api/players/{p}/assignments", player))).isEqualTo(403);
        assertThat(status(get(club.player(0), "/api/players/{p}/assignments", player))).isEqualTo(403);
        assertThat(json(get(club.coach(), "/api/players/{p}/assignments", player))).hasSize(2);
        assertThat(status(get(null, "/api/players/{p}/assignments", player))).isEqualTo(401);
        assertThat(status(get(club().trainer(), "/api/players/{p}/assignments", player))).isEqualTo(404);
    }

    @Test
    void playersGivenAnotherSessionAtThatTimeAreReportedAsConflictsNeverDoubleBooked() throws Exception {
        Club club = club();
        UUID busy = club.players.get(0);
        UUID first = session(club, club.otherTeam, 24);
        assertThat(json(post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(busy),
                "/api/sessions/{id}/assignments", first)).get("assigned")).hasSize(1);
        UUID overlapping = session(club, club.team, 24);
        UUID later = session(club, club.team, 25);

        JsonNode result = json(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", overlapping));
        assertThat(result.get("assigned").findValuesAsString("playerId"))
                .containsExactlyInAnyOrder(club.players.get(1).toString(), club.players.get(2).toString());
        assertThat(result.get("conflicts")).hasSize(1);
        assertThat(result.at("/conflicts/0/playerId").asString()).isEqualTo(busy.toString());
        assertThat(result.at("/conflicts/0/sessionId").asString()).isEqualTo(first.toString());
        assertThat(result.at("/conflicts/0/reason").asString()).contains("at that time");
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ? AND player_id = ?", overlapping,
                busy)).isZero();

        // the session after it (from the end of the first on) is no conflict
        JsonNode next = json(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", later));
        assertThat(next.get("assigned")).hasSize(3);
        assertThat(next.get("conflicts")).isEmpty();

        // again: those who have it are conflicts of this session, the busy player still one of another
        JsonNode again = json(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", overlapping));
        assertThat(again.get("assigned")).isEmpty();
        assertThat(again.get("alreadyAssigned").asInt()).isEqualTo(2);
        assertThat(again.get("conflicts")).hasSize(3);
        assertThat(again.get("conflicts").findValuesAsString("sessionId"))
                .containsOnly(overlapping.toString(), first.toString());

        // the other session cancelled, the slot is free
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/cancel", first))).isEqualTo(200);
        JsonNode freed = json(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", overlapping));
        assertThat(freed.get("assigned").findValuesAsString("playerId")).containsExactly(busy.toString());
    }
}
