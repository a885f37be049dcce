package com.hockeyhub.planning.seed;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.planning.drill.DrillRequest;
import com.hockeyhub.planning.season.PhaseAnnouncer;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo club's planning (seed profile): a library of about 80 drills ({@link DemoDrills}, read from
 * {@code seed/demo-drills.json}, some shared publicly), U18 AAA's published 2026-2027 season from the youth template
 * starting 3 August 2026 with three goals, plans for its next two practices after the seed first ran (on the days
 * {@link DemoClub#practiceDay} gives both seeds, linked to calendar-service's seeded practices {@link
 * DemoClub#practice}, so cancelling one in the calendar cancels its plan) and the strategy for its next game, linked
 * to calendar-service's seeded game ({@link DemoClub#U18_AAA_FIRST_GAME}, on the day {@link DemoClub#gameDay} gives
 * both seeds). Fixed ids, insert-if-missing: a second run changes nothing.
 */
@Component
@Profile("seed")
@Order(20)
class DemoPlanningSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanningSeed.class);
    private static final UUID CLUB = DemoClub.ORGANIZATION;
    private static final UUID PLAN = id("000000006101");

    private static final UUID FIRST_PRACTICE = id("000000006201");
    private static final UUID SECOND_PRACTICE = id("000000006202");
    private static final int U18_AAA = DemoClub.TEAMS.indexOf(DemoClub.TEAM_U18_AAA);
    private static final UUID NEXT_GAME_STRATEGY = id("000000006301");
    /** The next game's calendar event: U18 AAA's first game of calendar-service's seed. */
    static final UUID NEXT_GAME = DemoClub.U18_AAA_FIRST_GAME;
    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PhaseAnnouncer announcer;

    DemoPlanningSeed(JdbcTemplate jdbc, TransactionTemplate transactions, PhaseAnnouncer announcer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.announcer = announcer;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer added = transactions.execute(status -> seed());
        // the seeded plan's current phase is announced now: the announcer's first look can come before the seed
        // (it starts with the application's lifecycle, the seed after it), and the next look is a quarter later
        int announced = announcer.announce();
        log.info("Demo club planning: {} row(s) added, {} phase change(s) announced", added, announced);
    }

    private int seed() {
        int added = 0;
        for (DemoDrills.Drill drill : DemoDrills.ALL) {
            DrillRequest d = drill.request();
            added += jdbc.update("""
                    INSERT INTO drills (id, organization_id, name, description, category, difficulty,
                                        duration_minutes, min_players, max_players, equipment, age_groups, tags,
                                        public_drill, created_at, updated_at, created_by, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now(), ?, 0) ON CONFLICT DO NOTHING""",
                    drill.id(), CLUB, d.name(), d.description(), d.category().value(), d.difficulty().value(),
                    d.durationMinutes(), d.minPlayers(), d.maxPlayers(), DemoDrills.joined(d.equipment()),
                    DemoDrills.joined(d.ageGroups()), DemoDrills.joined(d.tags()), d.publicDrill(), DemoClub.COACH);
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
        added += goal(1, "Power play above 20 %", "Umbrella entries and net-front screens every week",
                LocalDate.of(2026, 12, 20), 35);
        added += goal(2, "Under 2.5 goals against a game", "D-zone coverage and breakouts under pressure",
                LocalDate.of(2027, 2, 28), 20);
        added += goal(3, "Every skater plays both special teams drills", "Penalty-kill and power-play reps",
                LocalDate.of(2027, 1, 31), 50);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        added += practice(FIRST_PRACTICE, 0, today, "rush reads and breakouts",
                "Attack with speed; D retrieve and move it in two passes", List.of(
                        section("Warm-up", 12, slot("Russian circles", 8),
                                slot("Partner passing on the move", 4)),
                        section("Skills", 20, slot("Quick-release wrist shots", 10),
                                slot("Give-and-go at the blue line", 10)),
                        section("Team play", 22, slot("2-on-1 rush with backchecker", 12),
                                slot("Breakout under pressure", 10)),
                        section("Compete", 6, slot("Corner battle 1-on-1", 6))));
        added += practice(SECOND_PRACTICE, 1, today, "special teams",
                "Power-play entries, penalty-kill rotations, goalie work on the side", List.of(
                        section("Warm-up", 10, slot("Edge work figure eights", 6),
                                slot("Saucer pass over the stick", 4)),
                        section("Special teams", 30, slot("Power play umbrella entry", 12),
                                slot("Penalty kill box rotation", 12), slot("One-timers from the half wall", 6)),
                        section("Goalies and shooters", 10, slot("Goalie butterfly slides", 10)),
                        section("Small area game", 10, slot("Two-touch small area game", 10))));
        added += strategy(DemoClub.gameDay(LocalDate.now(ZoneOffset.UTC), 0));
        return added;
    }

    private record Slot(UUID drillId, String drillName, int minutes, String notes) {
    }

    private record Section(String name, int minutes, List<Slot> drills, String notes) {
    }

    private static Slot slot(String drill, int minutes) {
        DemoDrills.Drill d = DemoDrills.named(drill);
        return new Slot(d.id(), d.name(), minutes, null);
    }

    private static Section section(String name, int minutes, Slot... slots) {
        return new Section(name, minutes, List.of(slots), null);
    }

    private int goal(int number, String title, String description, LocalDate target, int progress) {
        return jdbc.update("""
                INSERT INTO plan_goals (id, organization_id, plan_id, title, description, target_date, progress,
                                        created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, now() + ? * interval '1 microsecond', now()) ON CONFLICT DO NOTHING""",
                id("00000000" + (6110 + number)), CLUB, PLAN, title, description, Date.valueOf(target), progress,
                number);
    }

    /** The plan of U18 AAA's practice {@code number} of calendar's seed, linked to its calendar event. */
    private int practice(UUID id, int number, LocalDate today, String topic, String objectives,
            List<Section> sections) {
        LocalDate day = DemoClub.practiceDay(today, U18_AAA, number);
        String title = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ": " + topic;
        return jdbc.update("""
                INSERT INTO practice_plans (id, organization_id, team_id, calendar_event_id, practice_date, starts_at,
                                            duration_minutes, title, objectives, status, sections, created_at,
                                            updated_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, 60, ?, ?, 'planned', ?::jsonb, now(), now(), ?, 0)
                ON CONFLICT DO NOTHING""", id, CLUB, DemoClub.TEAM_U18_AAA, DemoClub.practice(U18_AAA, number),
                Date.valueOf(day), Time.valueOf(DemoClub.PRACTICE_TIMES.get(U18_AAA)), title, objectives,
                JSON.writeValueAsString(sections), DemoClub.COACH);
    }

    private int strategy(LocalDate saturday) {
        String lineups = JSON.writeValueAsString(Map.of("evenStrength", List.of(), "powerPlay", List.of(),
                "penaltyKill", List.of(), "goalies", Map.of("starter", DemoClub.PLAYER_3.toString())));
        String adjustments = JSON.writeValueAsString(List.of(
                Map.of("period", "1", "note", "Simple game: pucks deep, win the walls"),
                Map.of("period", "2", "note", "Long change: short shifts, no cross-ice passes in our zone"),
                Map.of("period", "3", "note", "Protecting a lead: 1-3-1 in the neutral zone")));
        return jdbc.update("""
                INSERT INTO game_strategies (id, organization_id, team_id, calendar_event_id, opponent, game_date,
                                             status, lineups, tactics, scouting_notes, period_adjustments,
                                             created_at, updated_at, created_by, version)
                VALUES (?, ?, ?, ?, 'Lakeview Lynx', ?, 'active', ?::jsonb, ?, ?, ?::jsonb, now(), now(), ?, 0)
                ON CONFLICT DO NOTHING""", NEXT_GAME_STRATEGY, CLUB, DemoClub.TEAM_U18_AAA, NEXT_GAME,
                Date.valueOf(saturday), lineups,
                "1-2-2 forecheck; stretch breakouts to the centre; D walk the line on the power play",
                "Lakeview's top line cheats to the middle on breakouts; their goalie is weak glove side high; "
                        + "they ice the puck under pressure late in periods",
                adjustments, DemoClub.COACH);
    }

    static UUID id(String suffix) {
        return UUID.fromString("0190d000-0000-7000-8000-" + suffix);
    }
}
