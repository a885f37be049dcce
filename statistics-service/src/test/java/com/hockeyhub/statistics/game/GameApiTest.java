package com.hockeyhub.statistics.game;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.statistics.StatisticsApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class GameApiTest extends StatisticsApiTestBase {

    @Test
    void aGameIsRecordedWithItsLinesAndReadBack() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        UUID p2 = club.player();
        UUID g = club.player();
        Division d = division(club, false, "Wolves");
        MvcResult result = record(club, gameJson(d, "Us", "Wolves", daysAgo(3), 3, 2, "regulation",
                line(p1, "home", 2, 1, 5, 2), line(p2, "home", 1, 2, 3, 1), goalie(g, "home", 28, 30)));
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(201);
        JsonNode game = json(result);
        assertThat(game.get("replaced").asBoolean()).isFalse();
        assertThat(game.get("home").get("result").asString()).isEqualTo("win");
        assertThat(game.get("away").get("result").asString()).isEqualTo("loss");
        assertThat(game.get("players")).hasSize(3);

        String id = game.get("id").asString();
        mvc.perform(getAs(club.coach(), "/api/games/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.players.length()").value(3))
                .andExpect(jsonPath("$.players[?(@.playerId == '" + g + "')].saves").value(28));
        // a player sees the score and their own line only; a parent their child's; neither a teammate's
        for (String token : List.of(club.self(p1), club.parentOf(p1))) {
            mvc.perform(getAs(token, "/api/games/{id}", id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.homeScore").value(3))
                    .andExpect(jsonPath("$.players.length()").value(1))
                    .andExpect(jsonPath("$.players[0].playerId").value(p1.toString()))
                    .andExpect(jsonPath("$.players[0].points").value(3));
        }
        mvc.perform(getAs(club.as(Role.EQUIPMENT_MANAGER), "/api/games/{id}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.homeScore").value(3))
                .andExpect(jsonPath("$.players.length()").value(0));
        mvc.perform(getAs(club.coach(), "/api/games?season=" + season()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].home").value("Us"));
        mvc.perform(getAs(club.coach(), "/api/games?divisionId={d}&teamId={t}", d.id, club.team))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        // filters naming another club's division or team are a division or team missing, not an empty page
        Club other = club();
        for (String filter : List.of("divisionId=" + d.id, "teamId=" + club.team, "teamId=" + UUID.randomUUID())) {
            mvc.perform(getAs(other.coach(), "/api/games?" + filter)).andExpect(status().isNotFound());
            mvc.perform(getAs(other.coach(), "/api/games?" + filter).accept("text/csv"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(getAs(other.coach(), "/api/games?teamId={t}", other.team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void recordingTheSameGameTwiceReplacesItAndNeverDoubleCounts() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        UUID p2 = club.player();
        Division d = division(club, false, "Wolves");
        Instant at = daysAgo(2);
        recordOk(club, gameJson(d, "Us", "Wolves", at, 2, 1, "regulation", line(p1, "home", 2, 0, 4, 1)));
        JsonNode second = recordOk(club, gameJson(d, "Us", "Wolves", at, 2, 1, "regulation",
                line(p1, "home", 1, 1, 4, 1), line(p2, "home", 1, 1, 2, 1)));
        assertThat(second.get("replaced").asBoolean()).isTrue();
        assertThat(count("SELECT count(*) FROM games WHERE division_id = ?", d.id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM player_game_stats WHERE player_id IN (?, ?)", p1, p2)).isEqualTo(2);
        assertThat(count("SELECT sum(goals) FROM player_game_stats WHERE player_id = ?", p1)).isEqualTo(1);

        awaitViews();
        mvc.perform(getAs(club.coach(), "/api/standings?divisionId=" + d.id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.divisions[0].rows[0].team").value("Us"))
                .andExpect(jsonPath("$.divisions[0].rows[0].gamesPlayed").value(1))
                .andExpect(jsonPath("$.divisions[0].rows[0].points").value(2))
                .andExpect(jsonPath("$.divisions[0].rows[0].goalsFor").value(2));
        mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=goals&season=" + season()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].goals").value(1))
                .andExpect(jsonPath("$.rows[0].gamesPlayed").value(1));
    }

    @Test
    void impossibleStatsAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        UUID p2 = club.player();
        UUID stranger = UUID.randomUUID();
        Division d = division(club, false, "Wolves");
        Instant at = daysAgo(1);
        expect400(club, gameJson(d, "Us", "Wolves", at, 2, 0, "regulation", line(p1, "home", 2, 0, 1, 0)),
                "players[0].goals");
        expect400(club, gameJson(d, "Us", "Wolves", at, 1, 0, "regulation", line(p1, "home", 1, 0, 2, 0),
                line(p2, "home", 0, 3, 0, 0)), "players");
        expect400(club, gameJson(d, "Us", "Wolves", at, 3, 0, "regulation", line(p1, "home", 2, 0, 2, 0)),
                "homeScore");
        expect400(club, gameJson(d, "Us", "Wolves", at, 1, 0, "regulation", line(p1, "home", 1, 0, 1, 0)
                .replace("\"toiSeconds\":900", "\"toiSeconds\":3601")), "players[0].toiSeconds");
        expect400(club, gameJson(d, "Us", "Wolves", at, 2, 1, "regulation", line(p1, "home", 1, 0, 1, 0),
                line(p1, "home", 1, 0, 1, 0)), "players[1].playerId");
        expect400(club, gameJson(d, "Us", "Wolves", Instant.now().plus(2, ChronoUnit.DAYS), 1, 0, "regulation"),
                "playedAt");
        expect400(club, gameJson(d, "Us", "Wolves", at, 3, 1, "overtime"), "decision");
        expect400(club, gameJson(d, "Us", "Wolves", at, -1, 1, "regulation"), "homeScore");
        expect400(club, gameJson(d, "Us", "Wolves", Instant.parse("2019-11-01T18:00:00Z"), 1, 0, "regulation"),
                "playedAt");
        // an empty player line, and a line without a player or side: 400s, never a 500
        expect400(club, gameJson(d, "Us", "Wolves", at, 1, 0, "regulation", "null"), "players[0]");
        expect400(club, gameJson(d, "Us", "Wolves", at, 1, 0, "regulation", "{\"goals\":1,\"shots\":1}"),
                "players[0].playerId");
        // the division has no ties; a player not on the team; a line for the opponent
        MvcResult tie = record(club, gameJson(d, "Us", "Wolves", at, 2, 2, "regulation"));
        assertThat(tie.getResponse().getStatus()).isEqualTo(422);
        assertThat(record(club, gameJson(d, "Us", "Wolves", at, 1, 0, "regulation",
                line(stranger, "home", 1, 0, 1, 0))).getResponse().getStatus()).isEqualTo(422);
        assertThat(record(club, gameJson(d, "Us", "Wolves", at, 0, 1, "regulation",
                line(p1, "away", 1, 0, 1, 0))).getResponse().getStatus()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM games WHERE division_id = ?", d.id)).isZero();
        assertThat(count("SELECT count(*) FROM player_game_stats WHERE player_id IN (?, ?)", p1, p2)).isZero();
    }

    @Test
    void aShootoutWinnersScoreIncludesTheUncreditedShootoutGoal() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        Division d = division(club, false, "Wolves");
        JsonNode game = recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(4), 3, 2, "shootout",
                line(p1, "home", 2, 0, 5, 0)));
        assertThat(game.get("home").get("result").asString()).isEqualTo("win");
        assertThat(game.get("away").get("result").asString()).isEqualTo("overtime_loss");
        expect400(club, gameJson(d, "Us", "Wolves", daysAgo(5), 3, 2, "shootout", line(p1, "home", 3, 0, 5, 0)),
                "homeScore");
    }

    @Test
    void staffCorrectWithTheVersionTheyReadOthersCannot() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        Division d = division(club, false, "Wolves");
        JsonNode game = recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(6), 1, 0, "regulation",
                line(p1, "home", 1, 0, 3, 1)));
        String id = game.get("id").asString();
        long version = game.get("version").asLong();
        String correction = """
                {"homeScore":2,"awayScore":0,"decision":"regulation","version":%d,
                 "players":[%s]}""".formatted(version, line(p1, "home", 2, 0, 3, 1));
        mvc.perform(putAs(club.self(p1), correction, "/api/games/{id}", id)).andExpect(status().isForbidden());
        mvc.perform(putAs(club().coach(), correction, "/api/games/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(putAs(club.as(Role.TEAM_MANAGER), correction, "/api/games/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.homeScore").value(2))
                .andExpect(jsonPath("$.players[0].goals").value(2));
        mvc.perform(putAs(club.coach(), correction, "/api/games/{id}", id)).andExpect(status().isConflict());
        assertThat(count("SELECT sum(goals) FROM player_game_stats WHERE player_id = ?", p1)).isEqualTo(2);
    }

    @Test
    void onlyRecordersRecordAndAnotherClubsDivisionDoesNotExist() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        Division d = division(club, false, "Wolves");
        String json = gameJson(d, "Us", "Wolves", daysAgo(1), 1, 0, "regulation", line(p1, "home", 1, 0, 1, 0));
        mvc.perform(postAs(null, json, "/api/games")).andExpect(status().isUnauthorized());
        mvc.perform(postAs(club.self(p1), json, "/api/games")).andExpect(status().isForbidden());
        mvc.perform(postAs(club.as(Role.PHYSICAL_TRAINER), json, "/api/games")).andExpect(status().isForbidden());
        mvc.perform(postAs(club().coach(), json, "/api/games")).andExpect(status().isNotFound());
        mvc.perform(getAs(club().coach(), "/api/divisions/{id}", d.id)).andExpect(status().isNotFound());
        assertThat(count("SELECT count(*) FROM games WHERE division_id = ?", d.id)).isZero();
    }

    @Test
    void gamesExportAsCsvAndTooWideRangesAreRefused() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        Division d = division(club, false, "Wolves", "Bears");
        recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(2), 1, 0, "regulation", line(p1, "home", 1, 0, 1, 0)));
        recordOk(club, gameJson(d, "Bears", "Us", daysAgo(1), 4, 3, "overtime"));
        MvcResult csv = mvc.perform(getAs(club.coach(), "/api/games?season=" + season())
                        .accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn();
        String[] rows = body(csv).split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("game_id,division_id,season,played_at,home");
        assertThat(rows[2]).contains(",Bears,").contains(",4,Us,").endsWith(",3,overtime");
        mvc.perform(getAs(club.coach(), "/api/games?from=2025-01-01&to=2026-12-31&season=" + season()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"to\"")));
        mvc.perform(getAs(club.coach(), "/api/games?season=1999-2000")).andExpect(status().isBadRequest());
        mvc.perform(getAs(club.coach(), "/api/games?season=1999-2000").accept("text/csv"))
                .andExpect(status().isBadRequest());
        mvc.perform(getAs(club.coach(), "/api/games?season=2025-2027")).andExpect(status().isBadRequest());
    }

    private void expect400(Club club, String json, String field) throws Exception {
        MvcResult result = record(club, json);
        assertThat(result.getResponse().getStatus()).as(json + " -> " + body(result)).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).contains("application/problem+json");
        JsonNode errors = json(result).get("errors");
        assertThat(errors).as(body(result)).isNotNull();
        assertThat(errors.findValuesAsString("field")).as(body(result)).contains(field);
    }
}
