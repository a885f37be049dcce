package com.hockeyhub.statistics.access;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.statistics.StatisticsApiTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Club B's people against every endpoint about club A's player, team, division and game: nothing of A is found
 * (404) or listed; without a valid token everything is 401; and row-level security hides A's rows from a B session
 * even when a query forgets the club.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileAccessTest extends StatisticsApiTestBase {

    private Club a;
    private Club b;
    private UUID player;
    private Division division;
    private String gameId;
    private final List<String> aUrls = new ArrayList<>();

    @BeforeAll
    void fixture() throws Exception {
        a = club();
        b = club();
        player = a.player();
        division = division(a, false, "Wolves");
        gameId = recordOk(a, gameJson(division, "Us", "Wolves", daysAgo(2), 1, 0, "regulation",
                line(player, "home", 1, 0, 2, 1))).get("id").asString();
        awaitViews();
        aUrls.addAll(List.of("/api/players/" + player + "/stats", "/api/players/" + player + "/trends",
                "/api/workload/players/" + player, "/api/workload/teams/" + a.team + "/risk",
                "/api/teams/" + a.team + "/season-stats", "/api/divisions/" + division.id, "/api/games/" + gameId,
                "/api/standings?divisionId=" + division.id));
    }

    @Test
    void anotherClubFindsNothingOfOurs() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String token : List.of(b.coach(), b.as(Role.CLUB_ADMIN), b.as(Role.PHYSICAL_TRAINER),
                TestTokens.anyone(b.id, Role.PARENT).children(player).bearer(),
                TestTokens.anyone(b.id, Role.COACH).teams(a.team).bearer(),
                TestTokens.user(player).organization(b.id).roles(Role.PLAYER).bearer())) {
            for (String url : aUrls) {
                for (String accept : List.of("application/json", "text/csv")) {
                    MvcResult result = mvc.perform(getAs(token, url).accept(accept)).andReturn();
                    if (result.getResponse().getStatus() != 404) {
                        failures.add(url + " (" + accept + "): " + result.getResponse().getStatus());
                    }
                }
            }
            for (String list : List.of("/api/games", "/api/standings", "/api/leaderboards?stat=points",
                    "/api/divisions", "/api/divisions#csv", "/api/standings#csv")) {
                String body = body(mvc.perform(getAs(token, list.replace("#csv", ""))
                        .accept(list.endsWith("#csv") ? "text/csv" : "application/json")).andReturn());
                if (body.contains(player.toString()) || body.contains(division.id.toString())
                        || body.contains(gameId)) {
                    failures.add(list + " shows club A's data: " + body);
                }
            }
        }
        assertThat(failures).isEmpty();
        // the same calls by club A's staff do succeed (the checks above can fail)
        for (String url : aUrls) {
            assertThat(mvc.perform(getAs(a.coach(), url)).andReturn().getResponse().getStatus()).as(url)
                    .isEqualTo(200);
        }
    }

    @Test
    void withoutAValidTokenEverythingIs401() throws Exception {
        String expired = TestTokens.user(player).organization(a.id).roles(Role.COACH).expired().bearer();
        String stranger = TestTokens.user(player).organization(a.id).roles(Role.COACH).signedByStranger().bearer();
        List<String> urls = new ArrayList<>(aUrls);
        urls.addAll(List.of("/api/games", "/api/leaderboards?stat=points", "/api/divisions"));
        for (String url : urls) {
            for (String token : new String[] {null, expired, stranger}) {
                assertThat(mvc.perform(getAs(token, url)).andReturn().getResponse().getStatus()).as(url)
                        .isEqualTo(401);
            }
        }
        assertThat(mvc.perform(postAs(null, "{}", "/api/games")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void rowLevelSecurityHidesOtherClubsRowsFromAClubSession() {
        Integer seen = jdbc.execute((Connection c) -> {
            c.setAutoCommit(false);
            try (var set = c.prepareStatement("SELECT set_config('hockeyhub.organization_id', ?, true)");
                 var query = c.prepareStatement("SELECT count(*) FROM player_game_stats WHERE player_id = ?")) {
                set.setString(1, b.id.toString());
                set.execute();
                query.setObject(1, player);
                try (var rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
        assertThat(seen).isZero();
        assertThat(count("SELECT count(*) FROM player_game_stats WHERE player_id = ?", player)).isEqualTo(1);
    }
}
