package com.hockeyhub.statistics.seed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.roster.DemoRosterSeed;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.statistics.StatisticsApiTestBase;
import com.hockeyhub.statistics.division.DivisionService;
import com.hockeyhub.statistics.game.GameService;
import com.hockeyhub.statistics.workload.WorkloadService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The seed (profile "seed" in real runs) builds the demo league and workload once; a second run changes nothing. */
@IntegrationTest
class StatisticsSeedTest extends StatisticsApiTestBase {

    @Autowired
    DivisionService divisions;
    @Autowired
    GameService games;
    @Autowired
    WorkloadService workloads;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock serviceClock;

    @Test
    void seedsTheDemoLeagueAndWorkloadOnce() throws Exception {
        new DemoRosterSeed(roster, transaction).run(new DefaultApplicationArguments());
        StatisticsSeed seed = new StatisticsSeed(divisions, games, workloads, views, serviceClock);
        seed.run(new DefaultApplicationArguments());
        String[] tables = {"divisions", "division_teams", "games", "player_game_stats", "workload_entries",
                "workload_risk"};
        int[] first = new int[tables.length];
        long[] versions = new long[1];
        for (int i = 0; i < tables.length; i++) {
            first[i] = count("SELECT count(*) FROM " + tables[i] + " WHERE organization_id = ?", DemoClub.ORGANIZATION);
        }
        versions[0] = jdbc.queryForObject("SELECT coalesce(sum(version), 0) FROM games WHERE organization_id = ?",
                Long.class, DemoClub.ORGANIZATION);
        seed.run(new DefaultApplicationArguments());
        for (int i = 0; i < tables.length; i++) {
            assertThat(count("SELECT count(*) FROM " + tables[i] + " WHERE organization_id = ?", DemoClub.ORGANIZATION))
                    .as(tables[i]).isEqualTo(first[i]);
        }
        assertThat(jdbc.queryForObject("SELECT coalesce(sum(version), 0) FROM games WHERE organization_id = ?",
                Long.class, DemoClub.ORGANIZATION)).isEqualTo(versions[0]);
        assertThat(first[1]).as("league teams").isEqualTo(5);
        assertThat(first[2]).as("games").isGreaterThan(9);
        assertThat(first[4]).as("workouts").isGreaterThan(80);

        String coach = TestTokens.user(DemoClub.COACH).organization(DemoClub.ORGANIZATION).roles(Role.COACH)
                .teams(DemoClub.TEAM_U18_AAA).bearer();
        mvc.perform(getAs(coach, "/api/standings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.divisions[0].name").value(StatisticsSeed.DIVISION))
                .andExpect(jsonPath("$.divisions[0].rows.length()").value(5));
        mvc.perform(getAs(coach, "/api/leaderboards?stat=points"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].name").exists());
        mvc.perform(getAs(coach, "/api/workload/teams/{id}/risk", DemoClub.TEAM_U18_AAA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.players[0].playerId").value(DemoClub.PLAYER_1.toString()))
                .andExpect(jsonPath("$.players[0].band").value("high"));
    }

    /** A league Sunday's last game starts at 18:00 UTC; re-seeding around it, the same day, adds no row. */
    @Test
    void aSecondRunTheSameDayAddsNothingWhateverTheTimeOfDay() {
        new DemoRosterSeed(roster, transaction).run(new DefaultApplicationArguments());
        LocalDateTime kickoff = LocalDateTime.of(2025, 11, 16, 18, 0); // a Sunday of last season: no other test seeds
        Instant sunday = kickoff.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        jdbc.update("DELETE FROM games WHERE organization_id = ? AND played_at >= ? AND played_at < ?", // earlier runs'
                DemoClub.ORGANIZATION, Timestamp.from(sunday), Timestamp.from(sunday.plus(1, ChronoUnit.DAYS)));
        String countGames = "SELECT count(*) FROM games WHERE organization_id = ?";

        seedAt(kickoff.minusMinutes(1));
        int before = count(countGames, DemoClub.ORGANIZATION);
        seedAt(kickoff.plusMinutes(1));

        assertThat(before).as("games of last season's league up to that Saturday").isGreaterThan(9);
        assertThat(count(countGames, DemoClub.ORGANIZATION)).as("games after a second run at 18:01").isEqualTo(before);
    }

    private void seedAt(LocalDateTime utc) {
        Clock at = Clock.fixed(utc.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new StatisticsSeed(divisions, games, workloads, views, at).run(new DefaultApplicationArguments());
    }
}
