package com.hockeyhub.planning.seed;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.planning.season.SeasonTemplates;
import com.hockeyhub.shared.demo.DemoClub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo club's planning (seed profile): six drills (two shared publicly) and U18 AAA's published 2026-2027
 * season from the youth template, starting 3 August 2026. Fixed ids, insert-if-missing: a second run changes nothing.
 */
@Component
@Profile("seed")
@Order(20)
class DemoPlanningSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanningSeed.class);
    private static final UUID CLUB = DemoClub.ORGANIZATION;
    private static final UUID PLAN = id("000000006101");

    private record Drill(UUID id, String name, String description, String category, String difficulty, int minutes,
                         int min, int max, String ages, String tags, boolean shared) {
    }

    private static final List<Drill> DRILLS = List.of(
            new Drill(id("000000006001"), "2-on-1 rush with backchecker",
                    "Two forwards attack one defender from the far blue line while a backchecker chases; finish on "
                            + "net. Read the defender's gap: pass early against a tight gap, shoot against a soft one.",
                    "offense", "intermediate", 12, 6, 20, "U12,U14,U16", "rush,odd-man,backcheck", true),
            new Drill(id("000000006002"), "3-on-2 regroup",
                    "Defense regroups with a D-to-D pass, hits the middle lane on the fly; 3-on-2 the other way.",
                    "transition", "advanced", 15, 8, 20, "U16,Junior,Senior", "regroup,rush", false),
            new Drill(id("000000006003"), "Edge work figure eights",
                    "Inside and outside edges around the circles, crossovers at the dots, stops facing the boards.",
                    "skating", "beginner", 8, 1, 30, "U10,U12,U14", "edges,crossovers", true),
            new Drill(id("000000006004"), "Net-front battle",
                    "Defender boxes out, forward fights for the screen while the point shoots low for tips.",
                    "battle", "intermediate", 10, 4, 12, "U14,U16,U18", "screen,tips,compete", false),
            new Drill(id("000000006005"), "Breakout under pressure",
                    "Coach dumps the puck in; D retrieves against a forechecker, wall or middle option.",
                    "defense", "intermediate", 12, 6, 18, "U14,U16,U18", "breakout,retrieval", false),
            new Drill(id("000000006006"), "Cross-ice small area game",
                    "3-on-3 in one zone, two nets; 40-second shifts, puck in play at all times.",
                    "small_area_game", "beginner", 15, 6, 12, "U10,U12,U14,U16", "compete,hands", false));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoPlanningSeed(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer added = transactions.execute(status -> seed());
        log.info("Demo club planning: {} row(s) added", added);
    }

    private int seed() {
        int added = 0;
        for (Drill d : DRILLS) {
            added += jdbc.update("""
                    INSERT INTO drills (id, organization_id, name, description, category, difficulty,
                                        duration_minutes, min_players, max_players, age_groups, tags, public_drill,
                                        created_at, updated_at, created_by, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now(), ?, 0) ON CONFLICT DO NOTHING""",
                    d.id(), CLUB, d.name(), d.description(), d.category(), d.difficulty(), d.minutes(), d.min(),
                    d.max(), d.ages(), d.tags(), d.shared(), DemoClub.COACH);
        }
        added += jdbc.update("""
                INSERT INTO season_plans (id, organization_id, team_id, season, name, status, starts_on, created_at,
                                          updated_at, created_by, version)
                VALUES (?, ?, ?, '2026-2027', 'U18 AAA 2026-27', 'published', ?, now(), now(), ?, 0)
                ON CONFLICT DO NOTHING""", PLAN, CLUB, DemoClub.TEAM_U18_AAA, Date.valueOf(LocalDate.of(2026, 8, 3)),
                DemoClub.COACH);
        Integer phases = jdbc.queryForObject("SELECT count(*) FROM plan_phases WHERE plan_id = ?", Integer.class,
                PLAN);
        if (phases != null && phases == 0) {
            LocalDate from = LocalDate.of(2026, 8, 3);
            int position = 0;
            for (SeasonTemplates.PhaseTemplate phase : SeasonTemplates.find("youth-30").orElseThrow().phases()) {
                LocalDate to = from.plusWeeks(phase.weeks()).minusDays(1);
                added += jdbc.update("INSERT INTO plan_phases (id, organization_id, plan_id, position, name, "
                        + "starts_on, ends_on, intensity, focus) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        UUID.nameUUIDFromBytes((PLAN + ":" + position).getBytes()), CLUB, PLAN, position,
                        phase.name(), Date.valueOf(from), Date.valueOf(to), phase.intensity().value(), phase.focus());
                from = to.plusDays(1);
                position++;
            }
        }
        return added;
    }

    private static UUID id(String suffix) {
        return UUID.fromString("0190d000-0000-7000-8000-" + suffix);
    }
}
