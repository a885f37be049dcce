package com.hockeyhub.training.physicaltest;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PhysicalTestApiTest extends TrainingApiTestBase {

    private UUID test(Club club, String name, String unit, boolean higherIsBetter) throws Exception {
        MvcResult result = post(club.trainer(), "{\"name\":\"%s\",\"unit\":\"%s\",\"higherIsBetter\":%s}"
                .formatted(name, unit, higherIsBetter), "/api/physical-tests");
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    private MvcResult result(String token, UUID test, UUID player, String value, String day) throws Exception {
        return post(token, "{\"playerId\":\"%s\",\"value\":%s,\"testedOn\":\"%s\"}".formatted(player, value, day),
                "/api/physical-tests/{id}/results", test);
    }

    private void recorded(Club club, UUID test, UUID player, String value, String day) throws Exception {
        MvcResult r = result(club.trainer(), test, player, value, day);
        assertThat(status(r)).as(r.getResponse().getContentAsString()).isEqualTo(201);
    }

    @Test
    void aTeamIsRankedWithPercentilesOnTheLatestOrTheBestResult() throws Exception {
        Club club = club();
        UUID sprint = test(club, "30 m sprint", "seconds", false);
        recorded(club, sprint, club.players.get(0), "4.30", "2026-09-01");
        recorded(club, sprint, club.players.get(0), "4.50", "2026-11-01");
        recorded(club, sprint, club.players.get(1), "4.40", "2026-11-01");
        recorded(club, sprint, club.otherPlayer, "3.90", "2026-11-01");

        JsonNode latest = json(get(club.coach(), "/api/teams/{team}/physical-tests/{test}/comparison", club.team,
                sprint));
        assertThat(latest.get("basis").asString()).isEqualTo("latest");
        assertThat(latest.get("ranking")).hasSize(2);
        assertThat(latest.at("/ranking/0/playerId").asString()).isEqualTo(club.players.get(1).toString());
        assertThat(latest.at("/ranking/0/percentile").asInt()).isEqualTo(100);
        assertThat(latest.at("/ranking/1/value").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(latest.at("/ranking/1/rank").asInt()).isEqualTo(2);
        assertThat(latest.at("/ranking/1/percentile").asInt()).isZero();
        assertThat(latest.get("untested")).hasSize(1);
        assertThat(latest.at("/untested/0").asString()).isEqualTo(club.players.get(2).toString());

        JsonNode best = json(get(club.trainer(), "/api/teams/{team}/physical-tests/{test}/comparison?basis=best",
                club.team, sprint));
        assertThat(best.at("/ranking/0/playerId").asString()).isEqualTo(club.players.get(0).toString());
        assertThat(best.at("/ranking/0/value").decimalValue()).isEqualByComparingTo("4.3");

        UUID jump = test(club, "Vertical jump", "centimeters", true);
        recorded(club, jump, club.players.get(0), "52", "2026-11-01");
        recorded(club, jump, club.players.get(1), "61", "2026-11-01");
        recorded(club, jump, club.players.get(2), "52", "2026-11-01");
        JsonNode jumps = json(get(club.trainer(), "/api/teams/{team}/physical-tests/{test}/comparison", club.team,
                jump));
        assertThat(jumps.at("/ranking/0/playerId").asString()).isEqualTo(club.players.get(1).toString());
        assertThat(jumps.at("/ranking/0/percentile").asInt()).isEqualTo(100);
        assertThat(jumps.at("/ranking/1/rank").asInt()).isEqualTo(2);
        assertThat(jumps.at("/ranking/2/rank").asInt()).isEqualTo(2);
        assertThat(jumps.at("/ranking/2/percentile").asInt()).isZero();
        assertThat(jumps.get("untested")).isEmpty();

        assertThat(status(get(club.trainer(), "/api/teams/{team}/physical-tests/{test}/comparison?basis=median",
                club.team, jump))).isEqualTo(400);
        assertThat(field(get(club.trainer(), "/api/teams/{team}/physical-tests/{test}/comparison?basis=median",
                club.team, jump))).isEqualTo("basis");
        assertThat(status(get(club.player(0), "/api/teams/{team}/physical-tests/{test}/comparison", club.team,
                jump))).isEqualTo(403);
    }

    @Test
    void aPlayerSeesTheirHistoryWithBestAndLatestAndSoDoTheirParentsButNotTeammates() throws Exception {
        Club club = club();
        UUID beep = test(club, "Beep test", "level", true);
        UUID sprint = test(club, "30 m sprint", "seconds", false);
        UUID player = club.players.get(0);
        recorded(club, beep, player, "11.5", "2026-08-15");
        recorded(club, beep, player, "12.2", "2026-10-15");
        recorded(club, beep, player, "11.9", "2026-11-15");
        recorded(club, sprint, player, "4.41", "2026-11-15");

        JsonNode own = json(get(club.player(0), "/api/players/{p}/physical-tests", player));
        assertThat(own.get("tests")).hasSize(2);
        JsonNode beepHistory = own.at("/tests/0").get("name").asString().equals("Beep test") ? own.at("/tests/0")
                : own.at("/tests/1");
        assertThat(beepHistory.get("results")).hasSize(3);
        assertThat(beepHistory.at("/best/value").decimalValue()).isEqualByComparingTo("12.2");
        assertThat(beepHistory.at("/latest/value").decimalValue()).isEqualByComparingTo("11.9");
        assertThat(beepHistory.at("/results/0/testedOn").asString()).isEqualTo("2026-11-15");

        JsonNode parent = json(get(club.parentOf(0), "/api/players/{p}/physical-tests?testId={t}", player, sprint));
        assertThat(parent.get("tests")).hasSize(1);
        assertThat(parent.at("/tests/0/best/value").decimalValue()).isEqualByComparingTo("4.41");

        assertThat(status(get(club.player(1), "/api/players/{p}/physical-tests", player))).isEqualTo(403);
        assertThat(status(get(club.parentOf(1), "/api/players/{p}/physical-tests", player))).isEqualTo(403);
        assertThat(status(get(club.coach(), "/api/players/{p}/physical-tests", player))).isEqualTo(200);
        assertThat(status(get(null, "/api/players/{p}/physical-tests", player))).isEqualTo(401);
    }

    @Test
    void badTestsAndResultsAreRefusedByName() throws Exception {
        Club club = club();
        UUID sprint = test(club, "30 m sprint", "seconds", false);
        UUID player = club.players.get(0);
        String[][] badTests = {
                {"{\"name\":\"\",\"unit\":\"seconds\",\"higherIsBetter\":false}", "name"},
                {"{\"name\":\"Jump\",\"unit\":\"furlongs\",\"higherIsBetter\":true}", "unit"},
                {"{\"name\":\"Jump\",\"unit\":\"centimeters\"}", "higherIsBetter"}};
        for (String[] c : badTests) {
            MvcResult r = post(club.trainer(), c[0], "/api/physical-tests");
            assertThat(status(r)).as(c[0]).isEqualTo(400);
            assertThat(field(r)).as(c[0]).isEqualTo(c[1]);
        }
        MvcResult duplicate = post(club.trainer(), "{\"name\":\"30 M SPRINT\",\"unit\":\"seconds\","
                + "\"higherIsBetter\":false}", "/api/physical-tests");
        assertThat(status(duplicate)).isEqualTo(409);
        assertThat(duplicate.getResponse().getContentType()).contains("application/problem+json");

        MvcResult negative = result(club.trainer(), sprint, player, "-1", "2026-11-01");
        assertThat(status(negative)).isEqualTo(400);
        assertThat(field(negative)).isEqualTo("value");
        MvcResult future = result(club.trainer(), sprint, player, "4.2", LocalDate.now().plusYears(1).toString());
        assertThat(status(future)).isEqualTo(400);
        assertThat(field(future)).isEqualTo("testedOn");
        MvcResult stranger = result(club.trainer(), sprint, UUID.randomUUID(), "4.2", "2026-11-01");
        assertThat(status(stranger)).isEqualTo(400);
        assertThat(field(stranger)).isEqualTo("playerId");
        assertThat(status(result(club.trainer(), UUID.randomUUID(), player, "4.2", "2026-11-01"))).isEqualTo(404);
        assertThat(status(result(club.player(0), sprint, player, "3.1", "2026-11-01"))).isEqualTo(403);
        assertThat(status(result(club.coach(), sprint, club.otherPlayer, "4.2", "2026-11-01"))).isEqualTo(403);
        assertThat(status(result(club.coach(), sprint, player, "4.2", "2026-11-01"))).isEqualTo(201);
        assertThat(status(result(null, sprint, player, "4.2", "2026-11-01"))).isEqualTo(401);
        assertThat(status(get(club.trainer(), "/api/players/{p}/physical-tests", UUID.randomUUID()))).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM physical_test_results WHERE test_id = ?", sprint)).isEqualTo(1);
    }

    @Test
    void anotherClubsTestsResultsAndPlayersDoNotExistForTheCaller() throws Exception {
        Club club = club();
        UUID sprint = test(club, "30 m sprint", "seconds", false);
        recorded(club, sprint, club.players.get(0), "4.4", "2026-11-01");
        UUID result = jdbc.queryForObject("SELECT id FROM physical_test_results WHERE test_id = ?", UUID.class,
                sprint);
        Club other = club();
        assertThat(json(get(other.trainer(), "/api/physical-tests"))).isEmpty();
        assertThat(json(get(club.player(2), "/api/physical-tests"))).hasSize(1);
        assertThat(status(get(other.trainer(), "/api/physical-tests/{id}", sprint))).isEqualTo(404);
        assertThat(status(put(other.trainer(), "{\"name\":\"Mine\",\"unit\":\"seconds\",\"higherIsBetter\":false}",
                "/api/physical-tests/{id}", sprint))).isEqualTo(404);
        assertThat(status(result(other.trainer(), sprint, club.players.get(0), "3.0", "2026-11-01")))
                .isEqualTo(404);
        UUID theirs = test(other, "Sprint", "seconds", false);
        MvcResult foreignPlayer = result(other.trainer(), theirs, club.players.get(0), "3.0", "2026-11-01");
        assertThat(status(foreignPlayer)).isEqualTo(400);
        assertThat(field(foreignPlayer)).isEqualTo("playerId");
        assertThat(status(get(other.trainer(), "/api/players/{p}/physical-tests", club.players.get(0))))
                .isEqualTo(404);
        assertThat(status(get(other.trainer(), "/api/teams/{team}/physical-tests/{test}/comparison", club.team,
                theirs))).isEqualTo(404);
        assertThat(status(delete(other.trainer(), "/api/physical-test-results/{id}", result))).isEqualTo(404);
        assertThat(status(delete(other.trainer(), "/api/physical-tests/{id}", sprint))).isEqualTo(404);

        assertThat(status(delete(club.trainer(), "/api/physical-test-results/{id}", result))).isEqualTo(204);
        assertThat(json(get(club.trainer(), "/api/players/{p}/physical-tests", club.players.get(0))).get("tests"))
                .isEmpty();
    }
}
