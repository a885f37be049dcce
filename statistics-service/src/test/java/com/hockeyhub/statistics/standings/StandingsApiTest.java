package com.hockeyhub.statistics.standings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.statistics.StatisticsApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StandingsApiTest extends StatisticsApiTestBase {

    /**
     * Hand-computed: Us 3 pts (+1), Dogs 3 (0) — goal difference; Eagles and Foxes 2 (0, 7 GF) above Bears 2 (0,
     * 5 GF) — goals for; Eagles before Foxes — name; Cats 2 (-1) last.
     */
    @Test
    void standingsFollowPointsThenGoalDifferenceThenGoalsFor() throws Exception {
        Club club = club();
        Division d = division(club, false, "Bears", "Cats", "Dogs", "Eagles", "Foxes");
        recordOk(club, gameJson(d, "Us", "Bears", daysAgo(10), 3, 1, "regulation"));
        recordOk(club, gameJson(d, "Cats", "Dogs", daysAgo(9), 2, 1, "overtime"));
        recordOk(club, gameJson(d, "Bears", "Cats", daysAgo(8), 4, 2, "regulation"));
        recordOk(club, gameJson(d, "Dogs", "Us", daysAgo(7), 3, 2, "shootout"));
        recordOk(club, gameJson(d, "Eagles", "Foxes", daysAgo(6), 6, 5, "regulation"));
        recordOk(club, gameJson(d, "Foxes", "Eagles", daysAgo(5), 2, 1, "regulation"));
        awaitViews();

        JsonNode rows = json(mvc.perform(getAs(club.as(Role.PLAYER),
                "/api/standings?season=" + season() + "&divisionId=" + d.id)).andExpect(status().isOk())
                .andReturn()).get("divisions").get(0).get("rows");
        List<String> order = new ArrayList<>();
        rows.forEach(r -> order.add(r.get("team").asString()));
        assertThat(order).containsExactly("Us", "Dogs", "Eagles", "Foxes", "Bears", "Cats");
        assertRow(rows.get(0), 2, 1, 0, 1, 3, 5, 4);
        assertRow(rows.get(1), 2, 1, 0, 1, 3, 4, 4);
        assertRow(rows.get(2), 2, 1, 1, 0, 2, 7, 7);
        assertRow(rows.get(4), 2, 1, 1, 0, 2, 5, 5);
        assertRow(rows.get(5), 2, 1, 1, 0, 2, 4, 5);
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(rows.get(5).get("rank").asInt()).isEqualTo(6);

        // the CSV parses back to the same numbers
        String csv = body(mvc.perform(getAs(club.coach(), "/api/standings?divisionId=" + d.id).accept("text/csv"))
                .andExpect(status().isOk()).andReturn());
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(7);
        List<String> header = List.of(lines[0].split(","));
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            JsonNode row = rows.get(i - 1);
            assertThat(f[header.indexOf("team")]).isEqualTo(row.get("team").asString());
            for (String column : List.of("games_played:gamesPlayed", "wins:wins", "losses:losses",
                    "overtime_losses:overtimeLosses", "points:points", "goals_for:goalsFor",
                    "goals_against:goalsAgainst", "goal_difference:goalDifference")) {
                String[] c = column.split(":");
                assertThat(Integer.parseInt(f[header.indexOf(c[0])])).as(c[0]).isEqualTo(row.get(c[1]).asInt());
            }
        }
    }

    @Test
    void aTieCountsOnePointWhereTheDivisionHasTies() throws Exception {
        Club club = club();
        Division d = division(club, true, "Wolves");
        recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(3), 2, 2, "regulation"));
        awaitViews();
        mvc.perform(getAs(club.coach(), "/api/standings?divisionId=" + d.id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.divisions[0].tiesAllowed").value(true))
                .andExpect(jsonPath("$.divisions[0].rows[0].ties").value(1))
                .andExpect(jsonPath("$.divisions[0].rows[0].points").value(1))
                .andExpect(jsonPath("$.divisions[0].rows[1].points").value(1));
    }

    @Test
    void leaderboardsFollowACorrection() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        UUID p2 = club.player();
        UUID g = club.player();
        Division d = division(club, false, "Wolves");
        JsonNode game = recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(2), 3, 1, "regulation",
                line(p1, "home", 2, 1, 5, 2), line(p2, "home", 1, 1, 2, 1), goalie(g, "home", 19, 20)));
        awaitViews();
        JsonNode before = json(mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=goals"))
                .andExpect(status().isOk()).andReturn());
        assertThat(before.get("rows").get(0).get("playerId").asString()).isEqualTo(p1.toString());
        assertThat(before.get("rows").get(0).get("goals").asInt()).isEqualTo(2);

        String correction = """
                {"homeScore":3,"awayScore":1,"decision":"regulation","version":%d,"players":[%s,%s,%s]}
                """.formatted(game.get("version").asLong(), line(p1, "home", 0, 2, 5, 2), line(p2, "home", 3, 0, 4, 1),
                goalie(g, "home", 19, 20));
        mvc.perform(putAs(club.coach(), correction, "/api/games/{id}", game.get("id").asString()))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode after = json(mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=goals"))
                    .andExpect(status().isOk()).andReturn());
            assertThat(after.get("rows").get(0).get("playerId").asString()).isEqualTo(p2.toString());
            assertThat(after.get("rows").get(0).get("goals").asInt()).isEqualTo(3);
            assertThat(after.get("rows").get(0).get("gamesPlayed").asInt()).isEqualTo(1);
        });
        mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=points"))
                .andExpect(jsonPath("$.rows[0].playerId").value(p2.toString()))
                .andExpect(jsonPath("$.rows[0].points").value(3))
                .andExpect(jsonPath("$.rows[1].points").value(2));
        // save percentage needs the minimum of goalie games
        mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=save_pct"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows.length()").value(0));
        mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=save_pct&minGames=1"))
                .andExpect(jsonPath("$.rows[0].playerId").value(g.toString()))
                .andExpect(jsonPath("$.rows[0].value").value(0.95));
        MvcResult csv = mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=goals").accept("text/csv"))
                .andExpect(status().isOk()).andReturn();
        String[] lines = body(csv).split("\r\n");
        assertThat(lines[0]).isEqualTo("rank,player_id,name,games_played,goals,assists,points,plus_minus,"
                + "goalie_games,saves,shots_against,goals");
        assertThat(lines[1]).startsWith("1," + p2 + ",Player No2,1,3,0,3,1,");
    }

    @Test
    void badLeaderboardAndStandingsQueriesAre400sNamingTheParameter() throws Exception {
        Club club = club();
        mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=fights"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stat"));
        mvc.perform(getAs(club.coach(), "/api/leaderboards"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stat"));
        mvc.perform(getAs(club.coach(), "/api/leaderboards?stat=goals&limit=1000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(getAs(club.coach(), "/api/standings?season=1990-1991"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("season"));
        mvc.perform(getAs(club.coach(), "/api/standings?season=2040-2041"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("season"));
        mvc.perform(getAs(club.coach(), "/api/standings?divisionId=" + UUID.randomUUID()))
                .andExpect(status().isNotFound());
        // a division (a season's league) outside the allowed seasons, or not two consecutive years
        for (String season : List.of("1990-1991", "2040-2041", "2025-2027", "2025")) {
            mvc.perform(postAs(club.coach(), """
                    {"season":"%s","name":"Old league","teams":[{"name":"A"},{"name":"B"}]}
                    """.formatted(season), "/api/divisions")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("season"));
        }
        mvc.perform(postAs(club.coach(), """
                {"season":"%s","name":"Null league","teams":[{"name":"A"},null]}
                """.formatted(season()), "/api/divisions")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("teams[1]"));
        mvc.perform(getAs(null, "/api/standings")).andExpect(status().isUnauthorized());
    }

    @Test
    void publicStandingsOnlyWhereTheClubMarkedThem() throws Exception {
        Club club = club();
        String created = body(mvc.perform(postAs(club.coach(), """
                {"season":"%s","name":"Open league","publicStandings":true,"teams":[{"name":"A"},{"name":"B"}]}
                """.formatted(season()), "/api/divisions")).andExpect(status().isCreated()).andReturn());
        String id = JsonMapper.shared().readTree(created).get("id").asString();
        Division closed = division(club, false, "Wolves");
        awaitViews();
        mvc.perform(getAs(null, "/api/public/divisions/{id}/standings", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.divisions.length()").value(1));
        mvc.perform(getAs(null, "/api/public/divisions/{id}/standings", closed.id)).andExpect(status().isNotFound());
        String csv = body(mvc.perform(getAs(null, "/api/public/divisions/{id}/standings", id).accept("text/csv"))
                .andExpect(status().isOk()).andReturn());
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv.split("\r\n")[1]).contains(",A,").endsWith(",0,0,0,0,0,0,0,0,0");
        mvc.perform(getAs(null, "/api/public/divisions/{id}/standings", closed.id).accept("text/csv"))
                .andExpect(status().isNotFound());

        // signed in to another club changes nothing: public is public, closed stays unknown
        Club rival = club();
        mvc.perform(getAs(rival.coach(), "/api/public/divisions/{id}/standings", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.divisions[0].name").value("Open league"));
        mvc.perform(getAs(rival.coach(), "/api/public/divisions/{id}/standings", closed.id))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherClubsStandingsAndTeamsAreInvisible() throws Exception {
        Club a = club();
        Club b = club();
        Division d = division(a, false, "Wolves");
        recordOk(a, gameJson(d, "Us", "Wolves", daysAgo(2), 1, 0, "regulation"));
        awaitViews();
        mvc.perform(getAs(b.coach(), "/api/standings")).andExpect(status().isOk())
                .andExpect(jsonPath("$.divisions.length()").value(0));
        mvc.perform(getAs(b.coach(), "/api/standings?divisionId=" + d.id)).andExpect(status().isNotFound());
        mvc.perform(getAs(b.coach(), "/api/teams/{id}/season-stats", a.team)).andExpect(status().isNotFound());
        mvc.perform(getAs(a.as(Role.PARENT), "/api/teams/{id}/season-stats", a.team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wins").value(1))
                .andExpect(jsonPath("$.points").value(2));
    }

    /** Issue 18: the team's record for every club member; the players' totals to staff, the player, their parents. */
    @Test
    void teamSeasonStatsShowEachPlayersTotalsOnlyToStaffThePlayerAndTheirParents() throws Exception {
        Club club = club();
        UUID p1 = club.player();
        UUID p2 = club.player();
        Division d = division(club, false, "Wolves");
        recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(2), 3, 2, "regulation",
                line(p1, "home", 2, 1, 5, 2), line(p2, "home", 1, 2, 3, 1)));
        awaitViews();
        String url = "/api/teams/{id}/season-stats";

        mvc.perform(getAs(club.coach(), url, club.team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.wins").value(1))
                .andExpect(jsonPath("$.players.length()").value(2))
                .andExpect(jsonPath("$.players[?(@.playerId == '" + p2 + "')].shots").value(3));
        // a player: the team's record and their own line, never a teammate's; a parent: their child's line
        mvc.perform(getAs(club.self(p1), url, club.team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.wins").value(1)).andExpect(jsonPath("$.goalsFor").value(3))
                .andExpect(jsonPath("$.players.length()").value(1))
                .andExpect(jsonPath("$.players[0].playerId").value(p1.toString()))
                .andExpect(jsonPath("$.players[0].shots").value(5));
        mvc.perform(getAs(club.parentOf(p2), url, club.team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.players.length()").value(1))
                .andExpect(jsonPath("$.players[0].playerId").value(p2.toString()));
        // a club member whose line is not on the team (another player, a parent of neither): the record only
        for (Role role : List.of(Role.PLAYER, Role.PARENT, Role.EQUIPMENT_MANAGER)) {
            mvc.perform(getAs(club.as(role), url, club.team)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.points").value(2))
                    .andExpect(jsonPath("$.players.length()").value(0));
        }

        // the CSV export follows the same rule
        String[] staff = body(mvc.perform(getAs(club.coach(), url, club.team).accept("text/csv"))
                .andExpect(status().isOk()).andReturn()).split("\r\n");
        assertThat(staff).hasSize(3);
        assertThat(staff[0]).startsWith("player_id,");
        assertThat(List.of(staff[1].split(",")[0], staff[2].split(",")[0]))
                .containsExactlyInAnyOrder(p1.toString(), p2.toString());
        String[] own = body(mvc.perform(getAs(club.self(p1), url, club.team).accept("text/csv"))
                .andExpect(status().isOk()).andReturn()).split("\r\n");
        assertThat(own).hasSize(2);
        assertThat(own[1]).startsWith(p1 + ",");
        assertThat(own[1].split(",")[8]).as("shots").isEqualTo("5");
        String[] child = body(mvc.perform(getAs(club.parentOf(p2), url, club.team).accept("text/csv"))
                .andExpect(status().isOk()).andReturn()).split("\r\n");
        assertThat(child).hasSize(2);
        assertThat(child[1]).startsWith(p2 + ",");
        String[] none = body(mvc.perform(getAs(club.as(Role.PLAYER), url, club.team).accept("text/csv"))
                .andExpect(status().isOk()).andReturn()).split("\r\n");
        assertThat(none).containsExactly(staff[0]);

        // another club's staff: the team does not exist, as JSON or CSV; a club's own player token for a foreign team
        Club other = club();
        mvc.perform(getAs(other.coach(), url, club.team)).andExpect(status().isNotFound());
        mvc.perform(getAs(other.coach(), url, club.team).accept("text/csv")).andExpect(status().isNotFound());
        mvc.perform(getAs(club.self(p1), url, other.team)).andExpect(status().isNotFound());
    }

    private static void assertRow(JsonNode row, int gp, int w, int l, int otl, int pts, int gf, int ga) {
        assertThat(row.get("gamesPlayed").asInt()).as("gp " + row).isEqualTo(gp);
        assertThat(row.get("wins").asInt()).as("w " + row).isEqualTo(w);
        assertThat(row.get("losses").asInt()).as("l " + row).isEqualTo(l);
        assertThat(row.get("overtimeLosses").asInt()).as("otl " + row).isEqualTo(otl);
        assertThat(row.get("points").asInt()).as("pts " + row).isEqualTo(pts);
        assertThat(row.get("goalsFor").asInt()).as("gf " + row).isEqualTo(gf);
        assertThat(row.get("goalsAgainst").asInt()).as("ga " + row).isEqualTo(ga);
    }
}
