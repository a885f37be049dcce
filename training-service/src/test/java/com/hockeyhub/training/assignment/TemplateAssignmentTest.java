package com.hockeyhub.training.assignment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.training.TrainingApiTestBase;
import com.hockeyhub.training.medical.TrainingStatuses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A template given straight to players of the club, not to a team. */
class TemplateAssignmentTest extends TrainingApiTestBase {

    @Autowired
    TrainingStatuses statuses;

    UUID template(Club club, String token, String visibility) throws Exception {
        UUID squat = exercise(club, "Squat " + UUID.randomUUID());
        MvcResult result = post(token, ("{\"name\":\"Leg day\",\"type\":\"strength\",\"visibility\":\"%s\","
                + "\"exercises\":[{\"exerciseId\":\"%s\",\"sets\":4,\"reps\":6}]}").formatted(visibility, squat),
                "/api/templates");
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    static String body(Object... players) {
        StringBuilder ids = new StringBuilder();
        for (Object p : players) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(p).append('"');
        }
        return "{\"playerIds\":[%s],\"startsAt\":\"%s\",\"durationMinutes\":45,\"location\":\"Gym\"}"
                .formatted(ids, Instant.now().plus(Duration.ofHours(48)));
    }

    int sessionsOf(UUID template) {
        return count("SELECT count(*) FROM workout_sessions WHERE template_id = ?", template);
    }

    @Test
    void aTrainerGivesATemplateToNamedPlayersOfTwoTeamsAndOnlyToThem() throws Exception {
        Club club = club();
        UUID template = template(club, club.trainer(), "organization");
        UUID injured = UUID.randomUUID();
        roster.saveMember(new RosterMember(club.team, injured, club.id, "player", 99, "forward"), true);
        statuses.record(injured, club.id, "injured", BigDecimal.ZERO, null, Instant.now());
        statuses.record(club.otherPlayer, club.id, "load_management", new BigDecimal("0.6"), null, Instant.now());

        MvcResult result = post(club.trainer(), body(club.players.get(0), club.otherPlayer, injured,
                club.players.get(0)), "/api/templates/{id}/assign", template);
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode sessions = json(result).get("sessions");
        assertThat(sessions).hasSize(2);
        assertThat(sessionsOf(template)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM assignments a JOIN workout_sessions s ON s.id = a.session_id "
                + "WHERE s.template_id = ?", template)).isEqualTo(2);
        for (JsonNode s : sessions) {
            UUID session = UUID.fromString(s.get("sessionId").asString());
            JsonNode planned = json(get(club.trainer(), "/api/sessions/{id}", session));
            assertThat(planned.get("templateId").asString()).isEqualTo(template.toString());
            assertThat(planned.get("title").asString()).isEqualTo("Leg day");
            assertThat(planned.get("durationMinutes").asInt()).isEqualTo(45);
            assertThat(planned.at("/exercises/0/sets").asInt()).isEqualTo(4);
            assertThat(s.get("assigned")).hasSize(1);
            JsonNode assigned = s.at("/assigned/0");
            assertThat(assigned.get("source").asString()).isEqualTo("individual");
            if (assigned.get("playerId").asString().equals(club.otherPlayer.toString())) {
                assertThat(planned.get("teamId").asString()).isEqualTo(club.otherTeam.toString());
                assertThat(assigned.get("loadMultiplier").decimalValue()).isEqualByComparingTo("0.60");
            } else {
                assertThat(assigned.get("playerId").asString()).isEqualTo(club.players.get(0).toString());
                assertThat(planned.get("teamId").asString()).isEqualTo(club.team.toString());
                assertThat(s.at("/excluded/0/playerId").asString()).isEqualTo(injured.toString());
            }
        }
        // the team's other players were not given it; the named player sees it among their upcoming sessions
        assertThat(count("SELECT count(*) FROM assignments WHERE player_id = ?", club.players.get(1))).isZero();
        assertThat(json(get(club.player(0), "/api/players/{p}/upcoming-sessions", club.players.get(0)))
                .findValuesAsString("title")).containsExactly("Leg day");
        assertThat(published("training.assignment.created", club.id)).hasSize(2);
        assertThat(published("training.session.scheduled", club.id)).hasSize(2);
    }

    @Test
    void coachesNameTheirOwnTeamsPlayersAndBadInputIsAProblem() throws Exception {
        Club club = club();
        UUID template = template(club, club.trainer(), "organization");

        MvcResult ownPlayer = post(club.coach(), body(club.players.get(1)), "/api/templates/{id}/assign", template);
        assertThat(status(ownPlayer)).as(ownPlayer.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(sessionsOf(template)).isEqualTo(1);
        assertThat(status(post(club.coach(), body(club.otherPlayer), "/api/templates/{id}/assign", template)))
                .isEqualTo(403);
        assertThat(status(post(club.player(0), body(club.players.get(0)), "/api/templates/{id}/assign", template)))
                .isEqualTo(403);
        assertThat(status(post(club.parentOf(0), body(club.players.get(0)), "/api/templates/{id}/assign",
                template))).isEqualTo(403);
        assertThat(status(post(null, body(club.players.get(0)), "/api/templates/{id}/assign", template)))
                .isEqualTo(401);

        MvcResult unknown = post(club.trainer(), body(club.players.get(0), UUID.randomUUID()),
                "/api/templates/{id}/assign", template);
        assertThat(status(unknown)).isEqualTo(404);
        assertThat(json(unknown).get("type").asString()).isNotBlank();
        UUID teamless = UUID.randomUUID();
        roster.savePerson(new RosterPerson(teamless, club.id, teamless + "@example.test", "No", "Team",
                List.of("player"), true), true);
        assertThat(status(post(club.trainer(), body(teamless), "/api/templates/{id}/assign", template)))
                .isEqualTo(422);
        assertThat(status(post(club.trainer(), body(club.players.get(0)), "/api/templates/{id}/assign",
                UUID.randomUUID()))).isEqualTo(404);

        MvcResult empty = post(club.trainer(), body(), "/api/templates/{id}/assign", template);
        assertThat(status(empty)).isEqualTo(400);
        assertThat(field(empty)).isEqualTo("playerIds");
        MvcResult noTime = post(club.trainer(), "{\"playerIds\":[\"%s\"],\"durationMinutes\":45}"
                .formatted(club.players.get(0)), "/api/templates/{id}/assign", template);
        assertThat(status(noTime)).isEqualTo(400);
        assertThat(field(noTime)).isEqualTo("startsAt");
        MvcResult tooShort = post(club.trainer(), body(club.players.get(0)).replace("\"durationMinutes\":45",
                "\"durationMinutes\":2"), "/api/templates/{id}/assign", template);
        assertThat(status(tooShort)).isEqualTo(400);
        assertThat(field(tooShort)).isEqualTo("durationMinutes");
        MvcResult notAnId = post(club.trainer(), "{\"playerIds\":[\"nope\"],\"startsAt\":\"" + Instant.now()
                + "\",\"durationMinutes\":45}", "/api/templates/{id}/assign", template);
        assertThat(status(notAnId)).isEqualTo(400);

        // another club: neither its trainer with our template, nor our trainer with its player
        Club other = club();
        assertThat(status(post(other.trainer(), body(other.players.get(0)), "/api/templates/{id}/assign",
                template))).isEqualTo(404);
        UUID theirs = template(other, other.trainer(), "organization");
        assertThat(status(post(other.trainer(), body(club.players.get(0)), "/api/templates/{id}/assign", theirs)))
                .isEqualTo(404);
        assertThat(status(post(club.trainer(), body(other.players.get(0)), "/api/templates/{id}/assign",
                template))).isEqualTo(404);
        // a coach's private template is not another planner's to assign
        UUID privateOne = template(club, club.coach(), "private");
        assertThat(status(post(club.trainer(), body(club.players.get(0)), "/api/templates/{id}/assign",
                privateOne))).isEqualTo(404);
        assertThat(sessionsOf(template)).isEqualTo(1);
        assertThat(sessionsOf(theirs)).isZero();
        assertThat(count("SELECT count(*) FROM assignments WHERE organization_id = ?", other.id)).isZero();
    }
}
