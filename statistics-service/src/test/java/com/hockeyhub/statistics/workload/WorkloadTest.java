package com.hockeyhub.statistics.workload;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.FixturesAcrossClubs;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.statistics.StatisticsApiTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkloadTest extends StatisticsApiTestBase {

    @Autowired
    WorkloadService workloads;
    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * 100 a day for days 27..1 before "today", then today's spike of 500: acute 600 + 500 = 1100, chronic
     * (2700 + 500) / 4 = 800, ratio 1.375 → high. Before the spike: acute 600, chronic 675, 0.889 → normal.
     */
    @Test
    void bandsCrossWithTheClockAndEachCrossingIsPublishedOnce() throws Exception {
        Club club = club();
        UUID player = club.player();
        LocalDate today = LocalDate.of(2026, 11, 20);
        clock.set(today.atTime(20, 0).toInstant(ZoneOffset.UTC));
        for (int day = 27; day >= 1; day--) {
            ingest(club, player, UUID.randomUUID(), today.minusDays(day), 50, "2.0");
        }
        WorkloadStatus steady = workloads.evaluate(club.id, player, today);
        assertThat(steady.acuteLoad()).isEqualByComparingTo("600");
        assertThat(steady.chronicLoad()).isEqualByComparingTo("675");
        assertThat(steady.ratio()).isEqualByComparingTo("0.889");
        assertThat(steady.band()).isEqualTo(RiskBand.NORMAL);
        assertThat(riskEvents(player)).isEqualTo(1); // low (no band yet) -> normal

        UUID spike = UUID.randomUUID();
        assertThat(ingest(club, player, spike, today, 100, "5.0")).isTrue();
        assertThat(band(player)).isEqualTo("high");
        assertThat(riskEvents(player)).isEqualTo(2);
        JsonNode event = latestRiskEvent(player);
        assertThat(event.get("previousBand").asString()).isEqualTo("normal");
        assertThat(event.get("band").asString()).isEqualTo("high");
        assertThat(new BigDecimal(event.get("ratio").asString())).isEqualByComparingTo("1.375");

        // the same workout again (a redelivery) changes nothing and announces nothing
        assertThat(ingest(club, player, spike, today, 100, "5.0")).isFalse();
        assertThat(count("SELECT count(*) FROM workload_entries WHERE player_id = ?", player)).isEqualTo(28);
        assertThat(riskEvents(player)).isEqualTo(2);
        workloads.evaluate(club.id, player, today);
        assertThat(riskEvents(player)).isEqualTo(2);

        // ten quiet days later the acute load is gone: high -> low, once, however often the job runs
        clock.set(today.plusDays(10).atTime(6, 0).toInstant(ZoneOffset.UTC));
        while (workloads.reevaluateDue(200) > 0) {
            // drains every club's due players
        }
        workloads.reevaluateDue(200);
        assertThat(band(player)).isEqualTo("low");
        assertThat(riskEvents(player)).isEqualTo(3);

        mvc.perform(getAs(club.as(Role.PHYSICAL_TRAINER), "/api/workload/players/{id}", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.band").value("low"))
                .andExpect(jsonPath("$.status.acuteLoad").value(0.0))
                .andExpect(jsonPath("$.entries.length()").value(18));
    }

    @Test
    void redeliveredWorkoutEventsOverNatsCountOnce() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID execution = UUID.randomUUID();
        WorkoutCompleted workout = new WorkoutCompleted(execution, UUID.randomUUID(), player, club.id,
                Instant.now().minusSeconds(3600), 60, new BigDecimal("6.5"), null, "strength");
        transaction.executeWithoutResult(s -> publisher.publish(EventTypes.TRAINING_WORKOUT_COMPLETED, club.id,
                workout));
        transaction.executeWithoutResult(s -> publisher.publish(EventTypes.TRAINING_WORKOUT_COMPLETED, club.id,
                workout));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM hockeyhub_inbox WHERE consumer LIKE '%workout-completed'") >= 2);
        assertThat(count("SELECT count(*) FROM workload_entries WHERE player_id = ?", player)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT load FROM workload_entries WHERE player_id = ?", BigDecimal.class,
                player)).isEqualByComparingTo("390");
        mvc.perform(getAs(club.self(player), "/api/workload/players/{id}", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.acuteLoad").value(390.0))
                .andExpect(jsonPath("$.entries.length()").value(1));
    }

    @Test
    void workoutEventsWithImpossibleNumbersAreIgnoredInsteadOfFailingForever() throws Exception {
        Club club = club();
        UUID player = club.player();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(ingest(club, player, UUID.randomUUID(), today, 60, "11.0")).as("RPE above 10").isFalse();
        assertThat(ingest(club, player, UUID.randomUUID(), today, 60, "-1.0")).as("negative RPE").isFalse();
        Instant at = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), EventTypes.TRAINING_WORKOUT_COMPLETED, 1,
                "training-service", at, club.id, null, null, null);
        assertThat(workloads.ingest(new WorkoutCompleted(UUID.randomUUID(), null, player, club.id, at, 60, null,
                new BigDecimal("100000000"), "on_ice"), envelope)).as("load beyond the column").isFalse();
        assertThat(count("SELECT count(*) FROM workload_entries WHERE player_id = ?", player)).isZero();
        // a sound workout of the same player still counts
        assertThat(ingest(club, player, UUID.randomUUID(), today, 60, "10.0")).isTrue();
        assertThat(count("SELECT count(*) FROM workload_entries WHERE player_id = ?", player)).isEqualTo(1);
    }

    /**
     * Sixteen workouts of one player ingested at once (as two replicas' consumers could): the band is evaluated under
     * the player's lock after the others committed, so the stored loads count every workout. All are today's, so the
     * ratio is 4.0 whatever the order: one crossing (low → critical), announced once.
     */
    @Test
    void concurrentWorkoutsOfOnePlayerAllCountInTheStoredBand() throws Exception {
        Club club = club();
        UUID player = club.player();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(8, FixturesAcrossClubs.threads());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return ingest(club, player, UUID.randomUUID(), today, 10, "5.0");
                }));
            }
            go.countDown();
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT acute_load FROM workload_risk WHERE player_id = ?", BigDecimal.class,
                player)).isEqualByComparingTo("800");
        assertThat(band(player)).isEqualTo("critical");
        assertThat(riskEvents(player)).isEqualTo(1);
    }

    @Test
    void teamRiskOverviewAndWhoMaySeeIt() throws Exception {
        Club club = club();
        UUID busy = club.player();
        UUID idle = club.player();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ingest(club, busy, UUID.randomUUID(), today, 60, "7.0");
        mvc.perform(getAs(club.as(Role.PHYSICAL_TRAINER), "/api/workload/teams/{id}/risk", club.team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.players.length()").value(2))
                .andExpect(jsonPath("$.players[0].playerId").value(busy.toString()))
                .andExpect(jsonPath("$.players[0].ratio").value(4.0))
                .andExpect(jsonPath("$.players[0].band").value("critical"))
                .andExpect(jsonPath("$.players[1].playerId").value(idle.toString()))
                .andExpect(jsonPath("$.counts.critical").value(1))
                .andExpect(jsonPath("$.counts.low").value(1));
        String csv = body(mvc.perform(getAs(club.coach(), "/api/workload/teams/{id}/risk", club.team)
                .accept("text/csv")).andExpect(status().isOk()).andReturn());
        assertThat(csv.split("\r\n")[1]).startsWith(busy + ",Player No1,").endsWith(",420.00,105.00,4.000,critical");
        mvc.perform(getAs(club.self(busy), "/api/workload/teams/{id}/risk", club.team))
                .andExpect(status().isForbidden());
        mvc.perform(getAs(club().as(Role.PHYSICAL_TRAINER), "/api/workload/teams/{id}/risk", club.team))
                .andExpect(status().isNotFound());
        mvc.perform(getAs(club.self(idle), "/api/workload/players/{id}", busy)).andExpect(status().isForbidden());
        mvc.perform(getAs(club.parentOf(busy), "/api/workload/players/{id}", busy)).andExpect(status().isOk());
        mvc.perform(getAs(club.coach(), "/api/workload/players/{id}?from=2020-01-01&to=2026-01-01", busy))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    private boolean ingest(Club club, UUID player, UUID execution, LocalDate day, int minutes, String rpe) {
        Instant at = day.atTime(17, 0).toInstant(ZoneOffset.UTC);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), EventTypes.TRAINING_WORKOUT_COMPLETED, 1,
                "training-service", at, club.id, null, null, null);
        return workloads.ingest(new WorkoutCompleted(execution, null, player, club.id, at, minutes,
                new BigDecimal(rpe), null, "on_ice"), envelope);
    }

    private String band(UUID player) {
        return jdbc.queryForObject("SELECT band FROM workload_risk WHERE player_id = ?", String.class, player);
    }

    private int riskEvents(UUID player) {
        return count("SELECT count(*) FROM hockeyhub_outbox WHERE type = ? AND envelope->'data'->>'playerId' = ?",
                EventTypes.STATISTICS_WORKLOAD_RISK_CHANGED, player.toString());
    }

    private JsonNode latestRiskEvent(UUID player) throws Exception {
        String data = jdbc.queryForObject("""
                SELECT envelope->'data' FROM hockeyhub_outbox WHERE type = ? AND envelope->'data'->>'playerId' = ?
                ORDER BY envelope->>'occurredAt' DESC, id DESC LIMIT 1
                """, String.class, EventTypes.STATISTICS_WORKLOAD_RISK_CHANGED, player.toString());
        return JsonMapper.shared().readTree(data);
    }
}
