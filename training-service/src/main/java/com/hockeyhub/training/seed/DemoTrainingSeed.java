package com.hockeyhub.training.seed;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

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
 * The demo club's training (seed profile): a small exercise library, an off-ice strength template for the whole
 * club, and U18 AAA's strength session tomorrow at 17:00 (Helsinki) assigned to its players; the club's physical
 * tests with two test days of results for three players; the gym's equipment with a slide board reserved for the
 * session. Fixed ids and insert-if-missing, so a second run changes nothing.
 */
@Component
@Profile("seed")
@Order(20)
class DemoTrainingSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTrainingSeed.class);
    private static final UUID CLUB = DemoClub.ORGANIZATION;
    private static final UUID TRAINER = DemoClub.PEOPLE.getOrDefault("trainer@hockeyhub.demo", DemoClub.COACH);
    private static final UUID TEMPLATE = id("000000004101");
    private static final UUID SESSION = id("000000004201");

    private record Exercise(UUID id, String name, String category, String unit, String equipment, String muscles,
                            int sets, Integer reps, Integer seconds) {
    }

    private static final List<Exercise> LIBRARY = List.of(
            new Exercise(id("000000004001"), "Back squat", "strength", "kilograms", "barbell,rack", "quads,glutes",
                    4, 6, null),
            new Exercise(id("000000004002"), "Single-leg Romanian deadlift", "strength", "kilograms", "dumbbell",
                    "hamstrings,glutes", 3, 8, null),
            new Exercise(id("000000004003"), "Lateral bound", "plyometrics", "reps", null, "glutes,adductors", 3, 6,
                    null),
            new Exercise(id("000000004004"), "Copenhagen plank", "strength", "seconds", "bench", "adductors,core", 3,
                    null, 30),
            new Exercise(id("000000004005"), "Slide-board strides", "conditioning", "seconds", "slide board",
                    "hips,legs", 6, null, 40),
            new Exercise(id("000000004006"), "Hip mobility flow", "mobility", "seconds", null, "hips", 2, null, 120));

    private record PhysicalTest(UUID id, String name, String unit, boolean higherIsBetter, String description,
                                double[] autumn, double[] now) {
    }

    private static final List<PhysicalTest> TESTS = List.of(
            new PhysicalTest(id("000000004301"), "30 m sprint", "seconds", false, "Flying start, timing gates",
                    new double[] {4.38, 4.52, 4.47}, new double[] {4.31, 4.49, 4.40}),
            new PhysicalTest(id("000000004302"), "Vertical jump", "centimeters", true, "Countermovement jump, "
                    + "hands on hips", new double[] {52, 47, 55}, new double[] {54, 49, 55}),
            new PhysicalTest(id("000000004303"), "Beep test", "level", true, "20 m multistage fitness test",
                    new double[] {11.4, 12.1, 10.8}, new double[] {12.0, 12.3, 11.5}),
            new PhysicalTest(id("000000004304"), "5-10-5 pro agility", "seconds", false, "Best of two runs",
                    new double[] {4.71, 4.85, 4.66}, new double[] {4.65, 4.80, 4.68}));

    private record Equipment(UUID id, String name, String category) {
    }

    private static final List<Equipment> EQUIPMENT = List.of(
            new Equipment(id("000000004401"), "Slide board", "conditioning"),
            new Equipment(id("000000004402"), "Assault bike 1", "conditioning"),
            new Equipment(id("000000004403"), "Assault bike 2", "conditioning"),
            new Equipment(id("000000004404"), "Power sled", "strength"),
            new Equipment(id("000000004405"), "Concept2 rower", "conditioning"));
    private static final UUID RESERVATION = id("000000004501");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoTrainingSeed(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer added = transactions.execute(status -> seed());
        log.info("Demo club training: {} row(s) added", added);
    }

    private int seed() {
        int added = 0;
        for (Exercise e : LIBRARY) {
            added += jdbc.update("""
                    INSERT INTO exercises (id, organization_id, name, category, unit, equipment, muscle_groups,
                                           created_at, updated_at, created_by, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, now(), now(), ?, 0) ON CONFLICT DO NOTHING""",
                    e.id(), CLUB, e.name(), e.category(), e.unit(), e.equipment(), e.muscles(), TRAINER);
        }
        added += jdbc.update("""
                INSERT INTO session_templates (id, organization_id, name, session_type, visibility, owner_id,
                                               created_at, updated_at, version)
                VALUES (?, ?, 'In-season off-ice strength', 'strength', 'organization', ?, now(), now(), 0)
                ON CONFLICT DO NOTHING""", TEMPLATE, CLUB, TRAINER);
        var start = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1).atTime(LocalTime.of(17, 0))
                .atZone(ZoneId.of("Europe/Helsinki")).toInstant();
        int session = jdbc.update("""
                INSERT INTO workout_sessions (id, organization_id, team_id, template_id, title, session_type,
                                              starts_at, duration_minutes, location, status, created_at, updated_at,
                                              version)
                VALUES (?, ?, ?, ?, 'U18 AAA lower-body strength', 'strength', ?, 60, 'Gym B', 'scheduled', now(),
                        now(), 0) ON CONFLICT DO NOTHING""",
                SESSION, CLUB, DemoClub.TEAM_U18_AAA, TEMPLATE, Timestamp.from(start));
        added += session;
        if (count("template_id", TEMPLATE) == 0) {
            added += plan("template_id", TEMPLATE);
        }
        if (count("session_id", SESSION) == 0) {
            added += plan("session_id", SESSION);
        }
        for (UUID player : List.of(DemoClub.PLAYER_1, DemoClub.PLAYER_2, DemoClub.PLAYER_3)) {
            added += jdbc.update("""
                    INSERT INTO assignments (id, organization_id, session_id, player_id, team_id, status,
                                             load_multiplier, created_at, updated_at, version)
                    SELECT ?, ?, ?, ?, ?, 'assigned', 1.00, now(), now(), 0
                    WHERE NOT EXISTS (SELECT 1 FROM assignments WHERE session_id = ? AND player_id = ?)""",
                    UUID.nameUUIDFromBytes((SESSION + ":" + player).getBytes()), CLUB, SESSION, player,
                    DemoClub.TEAM_U18_AAA, SESSION, player);
        }
        added += physicalTests();
        added += equipment();
        return added;
    }

    private int physicalTests() {
        int added = 0;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        List<UUID> players = List.of(DemoClub.PLAYER_1, DemoClub.PLAYER_2, DemoClub.PLAYER_3);
        for (PhysicalTest t : TESTS) {
            added += jdbc.update("""
                    INSERT INTO physical_tests (id, organization_id, name, unit, higher_is_better, description,
                                                created_at, updated_at, created_by, version)
                    VALUES (?, ?, ?, ?, ?, ?, now(), now(), ?, 0) ON CONFLICT DO NOTHING""",
                    t.id(), CLUB, t.name(), t.unit(), t.higherIsBetter(), t.description(), TRAINER);
            for (int i = 0; i < players.size(); i++) {
                added += result(t.id(), players.get(i), "autumn", t.autumn()[i], today.minusWeeks(12));
                added += result(t.id(), players.get(i), "now", t.now()[i], today.minusWeeks(1));
            }
        }
        return added;
    }

    private int result(UUID test, UUID player, String day, double value, LocalDate on) {
        return jdbc.update("""
                INSERT INTO physical_test_results (id, organization_id, test_id, player_id, value, tested_on,
                                                   created_at, updated_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, now(), now(), ?, 0) ON CONFLICT DO NOTHING""",
                UUID.nameUUIDFromBytes((test + ":" + player + ":" + day).getBytes()), CLUB, test, player, value,
                on, TRAINER);
    }

    private int equipment() {
        int added = 0;
        for (Equipment e : EQUIPMENT) {
            added += jdbc.update("""
                    INSERT INTO equipment_items (id, organization_id, name, category, location, created_at,
                                                 updated_at, created_by, version)
                    VALUES (?, ?, ?, ?, 'Gym B', now(), now(), ?, 0) ON CONFLICT DO NOTHING""",
                    e.id(), CLUB, e.name(), e.category(), TRAINER);
        }
        // the slide board for the session's hour; ON CONFLICT also covers the no-overlap exclusion constraint
        added += jdbc.update("""
                INSERT INTO equipment_reservations (id, organization_id, item_id, session_id, reserved_by, starts_at,
                                                    ends_at, status, purpose, created_at, updated_at, created_by,
                                                    version)
                SELECT ?, ?, ?, s.id, ?, s.starts_at, s.starts_at + make_interval(mins => s.duration_minutes),
                       'reserved', 'Slide-board strides', now(), now(), ?, 0
                FROM workout_sessions s WHERE s.id = ? ON CONFLICT DO NOTHING""",
                RESERVATION, CLUB, EQUIPMENT.get(0).id(), TRAINER, TRAINER, SESSION);
        return added;
    }

    private int count(String owner, UUID id) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM planned_exercises WHERE " + owner + " = ?",
                Integer.class, id);
        return n == null ? 0 : n;
    }

    private int plan(String owner, UUID ownerId) {
        int position = 0;
        for (Exercise e : LIBRARY) {
            jdbc.update("INSERT INTO planned_exercises (id, organization_id, " + owner + ", position, exercise_id, "
                    + "sets, reps, duration_seconds, rest_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 90)",
                    UUID.nameUUIDFromBytes((ownerId + ":" + position).getBytes()), CLUB, ownerId, position,
                    e.id(), e.sets(), e.reps(), e.seconds());
            position++;
        }
        return position;
    }

    private static UUID id(String suffix) {
        return UUID.fromString("0190d000-0000-7000-8000-" + suffix);
    }
}
