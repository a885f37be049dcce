package com.hockeyhub.statistics.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.statistics.division.DivisionRequests.TeamEntry;
import com.hockeyhub.statistics.division.DivisionService;
import com.hockeyhub.statistics.division.DivisionService.DivisionView;
import com.hockeyhub.statistics.division.DivisionTeam;
import com.hockeyhub.statistics.game.GameDecision;
import com.hockeyhub.statistics.game.GameRequests.PlayerLine;
import com.hockeyhub.statistics.game.GameRequests.RecordGame;
import com.hockeyhub.statistics.game.GameService;
import com.hockeyhub.statistics.game.Side;
import com.hockeyhub.statistics.support.Seasons;
import com.hockeyhub.statistics.views.ViewRefresher;
import com.hockeyhub.statistics.workload.WorkloadService;
import com.hockeyhub.statistics.workload.WorkoutCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Profile {@code seed}: the demo club's U18 AAA in a small public league of five teams this season — a game a week
 * for the U18s and two among the others, from mid-September up to yesterday, with the lines of Connor Walsh (#17),
 * Lucas Martin (#4) and goalie Mikko Virtanen (#31) — and five weeks of their training load (Connor with a recent
 * spike). Written through the services (validation, refresh requests, risk events as in real use). Runs converge:
 * the division and its teams are found or created by name, games recorded only when missing (natural key), and
 * workouts carry fixed ids, so a second run changes nothing.
 */
@Component
@Profile("seed")
class StatisticsSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatisticsSeed.class);
    static final String DIVISION = "Metro U18 League";
    private static final List<String> OPPONENTS = List.of("North Stars U18", "Lakeside Lions U18",
            "Riverside Rapids U18", "Summit Eagles U18");

    private final DivisionService divisions;
    private final GameService games;
    private final WorkloadService workloads;
    private final ViewRefresher views;
    private final Clock clock;

    StatisticsSeed(DivisionService divisions, GameService games, WorkloadService workloads, ViewRefresher views,
            Clock clock) {
        this.divisions = divisions;
        this.games = games;
        this.workloads = workloads;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        String season = Seasons.of(today);
        List<TeamEntry> teams = new ArrayList<>();
        teams.add(new TeamEntry("Hockey Hub U18 AAA", DemoClub.TEAM_U18_AAA));
        OPPONENTS.forEach(name -> teams.add(new TeamEntry(name, null)));
        DivisionView division = divisions.ensure(DemoClub.ORGANIZATION, season, DIVISION, true, teams);
        int recorded = seedGames(division, today);
        int workouts = seedWorkload(today);
        views.refreshNow();
        log.info("Demo statistics present: {} ({}), {} game(s) and {} workout(s) added", DIVISION, season, recorded,
                workouts);
    }

    private int seedGames(DivisionView division, LocalDate today) {
        CurrentUser coach = new CurrentUser(DemoClub.COACH, DemoClub.ORGANIZATION, "coach@hockeyhub.demo",
                Set.of(Role.COACH), Set.of(DemoClub.TEAM_U18_AAA), Set.of());
        DivisionTeam us = division.teams().stream().filter(DivisionTeam::isClubTeam).findFirst().orElseThrow();
        List<DivisionTeam> others = division.teams().stream().filter(t -> !t.isClubTeam())
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
        LocalDate first = LocalDate.of(Seasons.firstDay(division.division().getSeason()).getYear(), 9, 15)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        // up to yesterday, not up to now: a run later the same day adds nothing (a re-seed used to add a game that
        // had started in between, and scripts/start-order-test.sh found the row counts changed)
        Instant until = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        int added = 0;
        int week = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusWeeks(1), week++) {
            Random random = new Random(1000L + week);
            DivisionTeam opponent = others.get(week % others.size());
            boolean home = week % 2 == 0;
            added += game(coach, division, home ? us : opponent, home ? opponent : us, day.atTime(17, 0), until,
                    random, home ? Side.HOME : Side.AWAY);
            List<DivisionTeam> rest = others.stream().filter(t -> !t.equals(opponent)).toList();
            added += game(coach, division, rest.get(0), rest.get(1), day.plusDays(1).atTime(15, 0), until, random,
                    null);
            added += game(coach, division, rest.get(2), rest.get(week % 2), day.plusDays(1).atTime(18, 0), until,
                    random, null);
        }
        return added;
    }

    /** One game with a deterministic result; the U18s' lines when {@code usSide} is set. */
    private int game(CurrentUser coach, DivisionView division, DivisionTeam home, DivisionTeam away,
            LocalDateTime at, Instant until, Random random, Side usSide) {
        Instant playedAt = at.toInstant(ZoneOffset.UTC);
        if (home.equals(away) || !playedAt.isBefore(until)
                || games.isRecorded(division.division().getId(), home.getId(), away.getId(), playedAt)) {
            return 0;
        }
        int homeGoals = random.nextInt(6);
        int awayGoals = random.nextInt(5);
        GameDecision decision = GameDecision.REGULATION;
        if (homeGoals == awayGoals) {
            decision = random.nextBoolean() ? GameDecision.OVERTIME : GameDecision.SHOOTOUT;
            if (random.nextBoolean()) {
                homeGoals++;
            } else {
                awayGoals++;
            }
        }
        List<PlayerLine> lines = new ArrayList<>();
        if (usSide != null) {
            int ours = usSide == Side.HOME ? homeGoals : awayGoals;
            int theirs = usSide == Side.HOME ? awayGoals : homeGoals;
            boolean shootoutWin = decision == GameDecision.SHOOTOUT && ours > theirs;
            int scored = ours - (shootoutWin ? 1 : 0);
            int connor = scored == 0 ? 0 : (scored + 1) / 2 + (random.nextBoolean() && scored > 1 ? 1 : 0);
            connor = Math.min(connor, scored);
            int lucas = scored - connor;
            int plusMinus = (ours > theirs ? 1 : -1) * Math.min(2, Math.abs(ours - theirs));
            int length = decision == GameDecision.REGULATION ? 3600 : 3900;
            lines.add(new PlayerLine(DemoClub.PLAYER_1, usSide, connor, lucas, plusMinus, random.nextInt(3) * 2,
                    connor + 2 + random.nextInt(4), random.nextInt(4), random.nextInt(2), 6 + random.nextInt(8),
                    14 + random.nextInt(8), 1080 + random.nextInt(240), false, 0, 0));
            lines.add(new PlayerLine(DemoClub.PLAYER_2, usSide, lucas, connor, plusMinus, random.nextInt(2) * 2,
                    lucas + 1 + random.nextInt(3), 2 + random.nextInt(4), 1 + random.nextInt(4), 0, 0,
                    1260 + random.nextInt(240), false, 0, 0));
            int conceded = theirs - (decision == GameDecision.SHOOTOUT && theirs > ours ? 1 : 0);
            int shotsAgainst = conceded + 18 + random.nextInt(14);
            lines.add(new PlayerLine(DemoClub.PLAYER_3, usSide, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    Math.min(length, 3600), true, shotsAgainst - conceded, shotsAgainst));
        }
        games.record(coach, new RecordGame(division.division().getId(), home.getId(), away.getId(), playedAt,
                homeGoals, awayGoals, decision, null, null, lines));
        return 1;
    }

    /** Five weeks of daily on-ice and gym sessions up to yesterday. */
    private int seedWorkload(LocalDate today) {
        int added = 0;
        UUID[] players = {DemoClub.PLAYER_1, DemoClub.PLAYER_2, DemoClub.PLAYER_3};
        for (int p = 0; p < players.length; p++) {
            for (int daysAgo = 35; daysAgo >= 1; daysAgo--) {
                LocalDate day = today.minusDays(daysAgo);
                if (p == 2 && daysAgo <= 7 && daysAgo % 2 == 0) {
                    continue; // the goalie eases off: low
                }
                boolean spike = p == 0 && daysAgo <= 7; // Connor's heavy week: high (ratio about 1.4)
                int minutes = spike ? 90 : 75;
                double rpe = spike ? 9.0 : 5.0 + (daysAgo % 3) * 0.5;
                Instant at = day.atTime(18, 30).toInstant(ZoneOffset.UTC);
                UUID execution = UUID.nameUUIDFromBytes(("demo-workout:" + players[p] + ":" + day)
                        .getBytes(StandardCharsets.UTF_8));
                EventEnvelope envelope = new EventEnvelope(execution, EventTypes.TRAINING_WORKOUT_COMPLETED, 1,
                        "statistics-seed", at, DemoClub.ORGANIZATION, null, null, null);
                if (workloads.ingest(new WorkoutCompleted(execution, null, players[p], DemoClub.ORGANIZATION, at,
                        minutes, BigDecimal.valueOf(rpe), null, daysAgo % 2 == 0 ? "strength" : "on_ice"), envelope)) {
                    added++;
                }
            }
        }
        return added;
    }
}
