package com.hockeyhub.planning.season;

import java.util.UUID;

import com.hockeyhub.planning.PlanningApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SeasonPlanEditTest extends PlanningApiTestBase {

    static final String PHASES = "[{\"name\":\"Camp\",\"weeks\":2,\"intensity\":\"high\",\"focus\":\"Systems\"},"
            + "{\"name\":\"Season\",\"weeks\":10,\"intensity\":\"peak\"}]";

    String draft(Club club) throws Exception {
        MvcResult created = post(club.coach(), ("{\"teamId\":\"%s\",\"season\":\"2026-2027\",\"template\":\"youth-30\","
                + "\"startsOn\":\"2026-08-03\"}").formatted(club.team), "/api/season-plans");
        assertThat(status(created)).isEqualTo(201);
        return json(created).get("id").asString();
    }

    @Test
    void aDraftsPhasesAndStartChangeAPublishedPlansStayLocked() throws Exception {
        Club club = club();
        String id = draft(club);
        int announced = published("planning.season_plan.updated", club.id).size();
        JsonNode edited = json(put(club.coach(), "{\"name\":\"U16 AA 26-27\",\"startsOn\":\"2026-08-10\",\"phases\":"
                + PHASES + "}", "/api/season-plans/{id}", id));
        assertThat(edited.get("name").asString()).isEqualTo("U16 AA 26-27");
        assertThat(edited.get("phases")).hasSize(2);
        assertThat(edited.at("/phases/0/endsOn").asString()).isEqualTo("2026-08-23");
        assertThat(edited.at("/phases/1/startsOn").asString()).isEqualTo("2026-08-24");
        assertThat(edited.at("/phases/1/endsOn").asString()).isEqualTo("2026-11-01");
        assertThat(published("planning.season_plan.updated", club.id)).hasSize(announced + 1);
        // a new start alone moves the phases as they are
        JsonNode moved = json(put(club.coach(), "{\"name\":\"U16 AA 26-27\",\"startsOn\":\"2026-08-17\"}",
                "/api/season-plans/{id}", id));
        assertThat(moved.at("/phases/1/startsOn").asString()).isEqualTo("2026-08-31");

        MvcResult weeks = put(club.coach(), "{\"name\":\"X\",\"phases\":" + PHASES.replace("\"weeks\":2",
                "\"weeks\":0") + "}", "/api/season-plans/{id}", id);
        assertThat(status(weeks)).isEqualTo(400);
        assertThat(field(weeks)).isEqualTo("phases[0].weeks");
        assertThat(field(put(club.coach(), "{\"name\":\"X\",\"startsOn\":\"2029-01-01\"}", "/api/season-plans/{id}",
                id))).isEqualTo("startsOn");

        post(club.coach(), "{}", "/api/season-plans/{id}/publish", id);
        assertThat(status(put(club.coach(), "{\"name\":\"X\",\"phases\":" + PHASES + "}", "/api/season-plans/{id}",
                id))).isEqualTo(409);
        assertThat(status(put(club.coach(), "{\"name\":\"X\",\"startsOn\":\"2026-08-03\"}", "/api/season-plans/{id}",
                id))).isEqualTo(409);
        assertThat(json(put(club.coach(), "{\"name\":\"Renamed\"}", "/api/season-plans/{id}", id)).get("name")
                .asString()).isEqualTo("Renamed");
        assertThat(status(put(club.player(0), "{\"name\":\"Mine\"}", "/api/season-plans/{id}", id))).isEqualTo(403);
        assertThat(status(put(club().coach(), "{\"name\":\"Theirs\"}", "/api/season-plans/{id}", id)))
                .isEqualTo(404);
    }

    @Test
    void goalsKeepTheirProgress() throws Exception {
        Club club = club();
        String id = draft(club);
        MvcResult added = post(club.coach(), "{\"title\":\"PP above 20%\",\"targetDate\":\"2027-02-01\","
                + "\"progress\":20}", "/api/season-plans/{id}/goals", id);
        assertThat(status(added)).isEqualTo(201);
        String goal = json(added).at("/goals/0/id").asString();
        JsonNode updated = json(put(club.coach(), "{\"title\":\"PP above 20%\",\"progress\":80}",
                "/api/season-plans/{id}/goals/{g}", id, goal));
        assertThat(updated.at("/goals/0/progress").asInt()).isEqualTo(80);
        assertThat(json(get(club.player(0), "/api/season-plans/{id}", id)).at("/goals/0/progress").asInt())
                .isEqualTo(80);

        MvcResult over = put(club.coach(), "{\"title\":\"PP\",\"progress\":101}", "/api/season-plans/{id}/goals/{g}",
                id, goal);
        assertThat(status(over)).isEqualTo(400);
        assertThat(field(over)).isEqualTo("progress");
        assertThat(field(post(club.coach(), "{\"title\":\" \"}", "/api/season-plans/{id}/goals", id)))
                .isEqualTo("title");
        assertThat(status(put(club.coach(), "{\"title\":\"PP\"}", "/api/season-plans/{id}/goals/{g}", id,
                UUID.randomUUID()))).isEqualTo(404);
        assertThat(status(put(club.player(0), "{\"title\":\"PP\",\"progress\":100}",
                "/api/season-plans/{id}/goals/{g}", id, goal))).isEqualTo(403);
        Club other = club();
        assertThat(status(post(other.admin(), "{\"title\":\"Ours\"}", "/api/season-plans/{id}/goals", id)))
                .isEqualTo(404);
        assertThat(status(post(null, "{\"title\":\"Ours\"}", "/api/season-plans/{id}/goals", id))).isEqualTo(401);
        assertThat(count("SELECT progress FROM plan_goals WHERE id = ?::uuid", goal)).isEqualTo(80);
    }
}
