package com.hockeyhub.planning.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.planning.PlanningApiTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of planning-service's hot paths through the whole HTTP stack (MockMvc, every filter, a real token):
 * drill search over 50,000 drills of one club, a practice plan's read, a season plan from a template. Excluded from
 * the default run; see docs/performance.md "planning-service".
 */
@Tag("bench")
class PlanningBenchmarkTest extends PlanningApiTestBase {

    /** -Dhockeyhub.bench.drills / -Dhockeyhub.bench.scale (fraction of the iterations) shrink a smoke run. */
    private static final int DRILLS = Integer.getInteger("hockeyhub.bench.drills", 50_000);
    private static final double SCALE = Double.parseDouble(System.getProperty("hockeyhub.bench.scale", "1"));

    interface Op {
        MvcResult run(int i) throws Exception;
    }

    private static void measure(String name, int fullWarmup, int fullCount, Op op) throws Exception {
        int warmup = Math.max(1, (int) (fullWarmup * SCALE));
        int count = Math.max(10, (int) (fullCount * SCALE));
        for (int i = 0; i < warmup; i++) {
            assertThat(status(op.run(i))).isLessThan(300);
        }
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            MvcResult result = op.run(warmup + i);
            micros[i] = (System.nanoTime() - start) / 1000;
            assertThat(status(result)).as(result.getResponse().getContentAsString()).isLessThan(300);
        }
        Arrays.sort(micros);
        System.out.printf("PLANNING BENCHMARK | %s | p50 %.2f ms | p99 %.2f ms | max %.2f ms | n=%d%n", name,
                micros[count / 2] / 1000.0, micros[(int) Math.ceil(count * 0.99) - 1] / 1000.0,
                micros[count - 1] / 1000.0, count);
    }

    @Test
    void searchReadAndInstantiate() throws Exception {
        Club club = club();
        long load = System.nanoTime();
        jdbc.update("""
                INSERT INTO drills (id, organization_id, name, description, category, difficulty, duration_minutes,
                                    min_players, max_players, age_groups, tags, public_drill, created_at, updated_at,
                                    version)
                SELECT gen_random_uuid(), ?, w.a || ' ' || w.b || ' ' || i,
                       'Players ' || w.b || ' then ' || w.c || '; coaches watch the ' || w.a || ' and the ' || w.c
                           || ' of every rep, drill ' || i,
                       (ARRAY['skating','passing','shooting','offense','defense','transition','goalie','battle',
                              'conditioning','small_area_game'])[1 + i % 10],
                       (ARRAY['beginner','intermediate','advanced','elite'])[1 + i % 4],
                       5 + i % 20, 1 + i % 8, 10 + i % 20,
                       (ARRAY['U10,U12','U12,U14','U14,U16','U16,U18','Junior,Senior'])[1 + i % 5],
                       w.c || ',' || w.a, false, now(), now(), 0
                FROM generate_series(1, ?) i,
                LATERAL (SELECT
                    (ARRAY['2-on-1 rush','3-on-2 regroup','breakout','forecheck','penalty kill','power play',
                           'gap control','net front','cycle','one-timer','butterfly','edge work','backcheck',
                           'neutral zone','faceoff','stretch pass','give and go','corner battle','wrist shot',
                           'tight turns'])[1 + i % 20] AS a,
                    (ARRAY['skate','pass','shoot','pivot','retrieve','angle','screen','tip','rebound','support',
                           'regroup','attack','defend','cover','stop','start','deke'])[1 + (i / 20) % 17] AS b,
                    (ARRAY['timing','speed','pressure','angles','reads','compete','hands','vision','position',
                           'communication','puck protection','transition','release'])[1 + (i / 340) % 13] AS c) w
                """, club.id, DRILLS);
        jdbc.execute("ANALYZE drills");
        System.out.printf("PLANNING BENCHMARK | %d drills loaded in %.1f s%n", DRILLS,
                (System.nanoTime() - load) / 1e9);
        try {
            String coach = club.coach();
            String[] queries = {"2-on-1 rush", "penalty kill pressure", "butterfly", "regro", "breakout reads hands"};
            measure("drill search, words only (5 queries, ranked)", 100, 1000,
                    i -> get(coach, "/api/drills?q={q}", queries[i % queries.length]));
            measure("drill search, words + ageGroup + category", 100, 1000,
                    i -> get(coach, "/api/drills?q={q}&ageGroup=U14&category=defense", queries[i % queries.length]));
            measure("drill search, filters only (no words)", 100, 1000,
                    i -> get(coach, "/api/drills?category=shooting&difficulty=advanced&players=8"));
            measure("drill search, filters only, page 10 (no words, no category)", 100, 1000,
                    i -> get(coach, "/api/drills?difficulty=elite&page=10"));
            assertThat(json(get(coach, "/api/drills?q=butterfly")).get("totalElements").asLong())
                    .isEqualTo(DRILLS / 20);

            List<UUID> drills = jdbc.queryForList("SELECT id FROM drills WHERE organization_id = ? LIMIT 12",
                    UUID.class, club.id);
            StringBuilder slots = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                List<String> three = new ArrayList<>();
                for (int d = 0; d < 3; d++) {
                    three.add("{\"drillId\":\"%s\",\"minutes\":5}".formatted(drills.get(s * 3 + d)));
                }
                slots.append(s == 0 ? "" : ",").append("{\"name\":\"Section %d\",\"minutes\":15,\"drills\":[%s]}"
                        .formatted(s, String.join(",", three)));
            }
            MvcResult practice = post(coach, ("{\"teamId\":\"%s\",\"date\":\"2026-12-08\",\"durationMinutes\":60,"
                    + "\"title\":\"Bench\",\"sections\":[%s]}").formatted(club.team, slots), "/api/practices");
            assertThat(status(practice)).isEqualTo(201);
            String id = json(practice).get("id").asString();
            measure("practice plan read (4 sections, 12 drills)", 200, 2000,
                    i -> get(coach, "/api/practices/{id}", id));
            measure("season plan from a template (6 dated phases)", 20, 200, i -> post(coach,
                    "{\"teamId\":\"%s\",\"season\":\"2026-2027\",\"template\":\"youth-30\",\"startsOn\":\"2026-08-03\"}"
                            .formatted(club.team), "/api/season-plans"));
        } finally {
            jdbc.update("DELETE FROM drills WHERE organization_id = ? AND id NOT IN "
                    + "(SELECT drill_id FROM drill_ratings)", club.id);
        }
    }
}
