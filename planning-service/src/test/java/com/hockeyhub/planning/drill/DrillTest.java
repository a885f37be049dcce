package com.hockeyhub.planning.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.planning.PlanningApiTestBase;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DrillTest extends PlanningApiTestBase {

    List<String> names(JsonNode page) {
        return page.get("content").findValuesAsString("name");
    }

    @Test
    void searchFindsWordsAndPrefixesRankedAndCombinedWithFilters() throws Exception {
        Club club = club();
        String tag = "zx" + UUID.randomUUID().toString().substring(0, 6);
        drill(club, "2-on-1 rush " + tag, "Odd-man rush against one defender", false);
        drill(club, "Rush regroup " + tag, "Regroup then attack; a 2-on-1 may follow", false);
        drill(club, "Edge work " + tag, "Skating on edges", false);
        JsonNode found = json(get(club.coach(), "/api/drills?q=2-on-1 rush " + tag));
        assertThat(names(found)).hasSize(2);
        assertThat(names(found).get(0)).startsWith("2-on-1 rush");
        assertThat(names(json(get(club.coach(), "/api/drills?q=regro " + tag)))).containsExactly("Rush regroup " + tag);
        assertThat(names(json(get(club.coach(), "/api/drills?q=" + tag + "&players=4")))).isEmpty();
        assertThat(names(json(get(club.coach(), "/api/drills?q=" + tag + "&ageGroup=U14")))).hasSize(3);
        assertThat(names(json(get(club.coach(), "/api/drills?q=" + tag + "&ageGroup=Senior")))).isEmpty();
        assertThat(names(json(get(club.coach(), "/api/drills?q=" + tag + "&category=offense&difficulty=elite"))))
                .isEmpty();
    }

    @Test
    void anotherClubSeesPublicDrillsOnlyAndChangesNone() throws Exception {
        Club club = club();
        String tag = "qy" + UUID.randomUUID().toString().substring(0, 6);
        UUID shared = drill(club, "Shared " + tag, "For everyone", true);
        UUID own = drill(club, "Own " + tag, "For us", false);
        Club other = club();
        assertThat(names(json(get(other.coach(), "/api/drills?q=" + tag)))).containsExactly("Shared " + tag);
        assertThat(status(get(other.coach(), "/api/drills/{id}", shared))).isEqualTo(200);
        assertThat(status(get(other.coach(), "/api/drills/{id}", own))).isEqualTo(404);
        assertThat(status(put(other.coach(), drillJson("Taken " + tag, "x", true), "/api/drills/{id}", shared)))
                .isEqualTo(404);
        assertThat(status(put(club.coach(), drillJson("Shared " + tag, "Changed", true), "/api/drills/{id}", shared)))
                .isEqualTo(200);
    }

    @Test
    void oneRatingPerCoachAndTheAverageHoldsUnderConcurrentRatings() throws Exception {
        Club club = club();
        UUID id = drill(club, "Rated " + UUID.randomUUID(), "x", true);
        assertThat(json(put(club.coach(), "{\"rating\":2}", "/api/drills/{id}/rating", id)).get("ratingCount").asInt())
                .isEqualTo(1);
        JsonNode again = json(put(club.coach(), "{\"rating\":4}", "/api/drills/{id}/rating", id));
        assertThat(again.get("ratingCount").asInt()).isEqualTo(1);
        assertThat(again.get("ratingAverage").decimalValue()).isEqualByComparingTo("4");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int rating = i % 2 == 0 ? 5 : 1;
            String coach = TestTokens.user(UUID.randomUUID()).organization(club.id).roles(Role.COACH).bearer();
            results.add(pool.submit((Callable<Integer>) () -> status(put(coach, "{\"rating\":" + rating + "}",
                    "/api/drills/{id}/rating", id))));
        }
        for (Future<Integer> r : results) {
            assertThat(r.get()).isEqualTo(200);
        }
        pool.shutdown();
        JsonNode drill = json(get(club.coach(), "/api/drills/{id}", id));
        assertThat(drill.get("ratingCount").asInt()).isEqualTo(17);
        // 8 × 5 + 8 × 1 + 4 = 52 over 17
        assertThat(drill.get("ratingAverage").decimalValue()).isEqualByComparingTo("3.06");
        assertThat(count("SELECT count(*) FROM drill_ratings WHERE drill_id = ?", id)).isEqualTo(17);
    }

    @Test
    void badInputAndRolesAreRefused() throws Exception {
        Club club = club();
        UUID id = drill(club, "Any " + UUID.randomUUID(), "x", false);
        assertThat(status(put(club.player(0), "{\"rating\":5}", "/api/drills/{id}/rating", id))).isEqualTo(403);
        MvcResult rating = put(club.coach(), "{\"rating\":6}", "/api/drills/{id}/rating", id);
        assertThat(status(rating)).isEqualTo(400);
        assertThat(field(rating)).isEqualTo("rating");
        assertThat(status(post(club.player(0), drillJson("Mine", "x", false), "/api/drills"))).isEqualTo(403);
        String[][] cases = {
                {drillJson("X", "x", false).replace("\"minPlayers\":6", "\"minPlayers\":30"), "minPlayers"},
                {drillJson("X", "x", false).replace("\"category\":\"offense\"", "\"category\":\"dance\""), "category"},
                {drillJson("X", "x", false).replace("[\"U12\",\"U14\"]", "[\"Toddlers\"]"), "ageGroups[0]"},
                {drillJson("X", "x", false).replace("\"durationMinutes\":12", "\"durationMinutes\":0"),
                        "durationMinutes"}};
        for (String[] c : cases) {
            MvcResult result = post(club.coach(), c[0], "/api/drills");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(field(result)).as(c[0]).startsWith(c[1].replace("[0]", ""));
        }
        assertThat(field(get(club.coach(), "/api/drills?q=--"))).isEqualTo("q");
        assertThat(field(get(club.coach(), "/api/drills?size=500"))).isEqualTo("size");
        assertThat(field(get(club.coach(), "/api/drills?difficulty=hard"))).isEqualTo("difficulty");
    }

    /** Drills straight into the table, with an age group no other test uses (so a filter finds these only). */
    private void drills(Club club, String ageGroup, boolean shared, String... names) {
        for (String name : names) {
            jdbc.update("""
                    INSERT INTO drills (id, organization_id, name, description, category, difficulty,
                                        duration_minutes, min_players, max_players, age_groups, tags, public_drill,
                                        created_at, updated_at)
                    VALUES (gen_random_uuid(), ?, ?, 'Paging', 'battle', 'advanced', 10, 2, 20, ?, 'paging', ?,
                            now(), now())""", club.id, name, ageGroup, shared);
        }
    }

    private List<String> pages(String token, String url, int size, int expectedPages) throws Exception {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < expectedPages; page++) {
            JsonNode found = json(get(token, url + "&size=" + size + "&page=" + page));
            assertThat(found.get("hasNext").asBoolean()).as("page " + page).isEqualTo(page < expectedPages - 1);
            all.addAll(names(found));
        }
        return all;
    }

    @Test
    void pagesWithoutWordsMergeTheClubsAndThePublicDrillsByNameOnceEach() throws Exception {
        Club club = club();
        Club other = club();
        String tag = "pg" + UUID.randomUUID().toString().substring(0, 6);
        drills(club, tag, false, "Delta", "alpha", "Echo", "Golf", "india", "Kilo");
        drills(club, tag, true, "Bravo");
        drills(other, tag, true, "Charlie", "Foxtrot", "hotel", "Juliet", "Lima");
        drills(other, tag, false, "Private of the other club");
        List<String> expected = List.of("alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "hotel",
                "india", "Juliet", "Kilo", "Lima");
        String url = "/api/drills?ageGroup=" + tag;
        assertThat(pages(club.coach(), url, 5, 3)).isEqualTo(jdbc.queryForList(
                "SELECT name FROM drills WHERE age_groups = ? AND (organization_id = ? OR public_drill) ORDER BY name",
                String.class, tag, club.id)).containsExactlyInAnyOrderElementsOf(expected);
        JsonNode first = json(get(club.coach(), url + "&size=5"));
        assertThat(first.get("totalElements").asLong()).isEqualTo(12);
        assertThat(first.get("totalExact").asBoolean()).isTrue();
        JsonNode last = json(get(club.coach(), url + "&size=5&page=2"));
        assertThat(last.get("totalElements").asLong()).isEqualTo(12);
        JsonNode past = json(get(club.coach(), url + "&size=5&page=3"));
        assertThat(past.get("content").isEmpty()).isTrue();
        assertThat(past.get("totalElements").asLong()).isEqualTo(12);
        // ranked pages cut the same order as one big page
        String words = "/api/drills?q=paging&ageGroup=" + tag;
        assertThat(pages(club.coach(), words, 5, 3)).isEqualTo(names(json(get(club.coach(), words + "&size=50"))));
        assertThat(json(get(other.coach(), url)).get("totalElements").asLong()).isEqualTo(7);
    }

    @Test
    void aSearchWithoutWordsCountsAThousandMatchesAtMostAndSaysSo() throws Exception {
        Club club = club();
        String tag = "cc" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("""
                INSERT INTO drills (id, organization_id, name, description, category, difficulty, duration_minutes,
                                    min_players, max_players, age_groups, tags, public_drill, created_at, updated_at)
                SELECT gen_random_uuid(), ?, 'Capped ' || lpad(i::text, 4, '0'), 'Capped count', 'battle',
                       'advanced', 10, 2, 20, ?, 'capped', false, now(), now()
                FROM generate_series(1, 1005) i""", club.id, tag);
        JsonNode first = json(get(club.coach(), "/api/drills?ageGroup=" + tag + "&size=10"));
        assertThat(first.get("totalElements").asLong()).isEqualTo(DrillService.COUNT_CAP);
        assertThat(first.get("totalExact").asBoolean()).isFalse();
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(names(first).get(0)).isEqualTo("Capped 0001");
        JsonNode deep = json(get(club.coach(), "/api/drills?ageGroup=" + tag + "&size=10&page=99"));
        assertThat(deep.get("totalExact").asBoolean()).isFalse();
        assertThat(deep.get("totalElements").asLong()).isGreaterThanOrEqualTo(1000);
        JsonNode last = json(get(club.coach(), "/api/drills?ageGroup=" + tag + "&size=10&page=100"));
        assertThat(names(last)).hasSize(5).last().isEqualTo("Capped 1005");
        assertThat(last.get("hasNext").asBoolean()).isFalse();
        assertThat(last.get("totalElements").asLong()).isEqualTo(1005);
        assertThat(last.get("totalExact").asBoolean()).isTrue();
        // words rank every match anyway, so their count is exact
        JsonNode words = json(get(club.coach(), "/api/drills?q=capped&ageGroup=" + tag));
        assertThat(words.get("totalElements").asLong()).isEqualTo(1005);
        assertThat(words.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void pagingStopsAtTheFirstTenThousandResults() throws Exception {
        Club club = club();
        assertThat(status(get(club.coach(), "/api/drills?page=499&size=20"))).isEqualTo(200);
        assertThat(field(get(club.coach(), "/api/drills?page=500&size=20"))).isEqualTo("page");
        assertThat(field(get(club.coach(), "/api/drills?page=100&size=100"))).isEqualTo("page");
        assertThat(field(get(club.coach(), "/api/drills?page=-1"))).isEqualTo("page");
    }
}
