package com.hockeyhub.training.seed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.demo.DemoClub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo club's training (seed profile): an exercise library of 60 real exercises, an off-ice strength template for the whole
 * club, U18 AAA's strength session tomorrow at 17:00 (Helsinki) assigned to its players, last week's and this week's
 * sessions for every demo team (U18 AAA's past ones completed with executions logged); the club's physical
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
            new Exercise(id("000000004006"), "Hip mobility flow", "mobility", "seconds", null, "hips", 2, null, 120),
            new Exercise(id("000000004007"), "Front squat", "strength", "kilograms", "barbell,rack", "quads,core", 4, 5, null),
            new Exercise(id("000000004008"), "Trap-bar deadlift", "strength", "kilograms", "trap bar", "glutes,hamstrings,back", 4, 5, null),
            new Exercise(id("000000004009"), "Bulgarian split squat", "strength", "kilograms", "dumbbell,bench", "quads,glutes", 3, 8, null),
            new Exercise(id("000000004010"), "Barbell hip thrust", "strength", "kilograms", "barbell,bench", "glutes", 3, 10, null),
            new Exercise(id("000000004011"), "Nordic hamstring curl", "strength", "reps", null, "hamstrings", 3, 6, null),
            new Exercise(id("000000004012"), "Bench press", "strength", "kilograms", "barbell,bench", "chest,triceps", 4, 6, null),
            new Exercise(id("000000004013"), "Weighted pull-up", "strength", "kilograms", "pull-up bar", "lats,biceps", 4, 5, null),
            new Exercise(id("000000004014"), "Single-arm dumbbell row", "strength", "kilograms", "dumbbell,bench", "lats,upper back", 3, 10, null),
            new Exercise(id("000000004015"), "Landmine press", "strength", "kilograms", "barbell,landmine", "shoulders,core", 3, 8, null),
            new Exercise(id("000000004016"), "Pallof press", "strength", "reps", "cable", "core", 3, 10, null),
            new Exercise(id("000000004017"), "Farmer's carry", "strength", "seconds", "dumbbell", "grip,core", 4, null, 40),
            new Exercise(id("000000004018"), "Suitcase carry", "strength", "seconds", "kettlebell", "core,obliques", 3, null, 30),
            new Exercise(id("000000004019"), "Side plank", "strength", "seconds", null, "obliques", 3, null, 40),
            new Exercise(id("000000004020"), "Dead bug", "strength", "reps", null, "core", 3, 12, null),
            new Exercise(id("000000004021"), "Ab wheel rollout", "strength", "reps", "ab wheel", "core", 3, 10, null),
            new Exercise(id("000000004022"), "Face pull", "strength", "reps", "cable", "rear delts,upper back", 3, 15, null),
            new Exercise(id("000000004023"), "Goblet squat", "strength", "kilograms", "kettlebell", "quads,glutes", 3, 10, null),
            new Exercise(id("000000004024"), "Lateral lunge", "strength", "kilograms", "dumbbell", "adductors,glutes", 3, 8, null),
            new Exercise(id("000000004025"), "Step-up", "strength", "kilograms", "dumbbell,box", "quads,glutes", 3, 8, null),
            new Exercise(id("000000004026"), "Rotational med-ball throw", "plyometrics", "reps", "medicine ball", "obliques,hips", 4, 6, null),
            new Exercise(id("000000004027"), "Box jump", "plyometrics", "reps", "box", "legs", 4, 5, null),
            new Exercise(id("000000004028"), "Broad jump", "plyometrics", "reps", null, "legs,glutes", 4, 5, null),
            new Exercise(id("000000004029"), "Skater jump", "plyometrics", "reps", null, "glutes,adductors", 3, 8, null),
            new Exercise(id("000000004030"), "Depth jump", "plyometrics", "reps", "box", "legs", 3, 5, null),
            new Exercise(id("000000004031"), "Single-leg hop", "plyometrics", "reps", null, "calves,quads", 3, 6, null),
            new Exercise(id("000000004032"), "Med-ball slam", "plyometrics", "reps", "medicine ball", "core,shoulders", 3, 10, null),
            new Exercise(id("000000004033"), "Hurdle hop", "plyometrics", "reps", "hurdles", "calves,legs", 3, 8, null),
            new Exercise(id("000000004034"), "Bike sprint intervals", "conditioning", "seconds", "bike", "legs", 8, null, 20),
            new Exercise(id("000000004035"), "Assault bike tempo", "conditioning", "seconds", "assault bike", "legs,lungs", 4, null, 240),
            new Exercise(id("000000004036"), "Rowing intervals", "conditioning", "meters", "rower", "back,legs", 5, null, null),
            new Exercise(id("000000004037"), "Shuttle run 5-10-5", "conditioning", "seconds", null, "legs", 6, null, 15),
            new Exercise(id("000000004038"), "Sled push", "conditioning", "meters", "sled", "legs,glutes", 6, null, null),
            new Exercise(id("000000004039"), "Sled pull", "conditioning", "meters", "sled", "hamstrings,back", 6, null, null),
            new Exercise(id("000000004040"), "Hill sprints", "conditioning", "seconds", null, "legs", 8, null, 12),
            new Exercise(id("000000004041"), "Tempo run", "conditioning", "seconds", null, "aerobic", 6, null, 60),
            new Exercise(id("000000004042"), "Jump rope", "conditioning", "seconds", "jump rope", "calves,coordination", 4, null, 60),
            new Exercise(id("000000004043"), "Ladder drill", "agility", "seconds", "agility ladder", "feet", 4, null, 20),
            new Exercise(id("000000004044"), "Cone weave", "agility", "seconds", "cones", "feet,hips", 4, null, 15),
            new Exercise(id("000000004045"), "T-drill", "agility", "seconds", "cones", "legs", 4, null, 12),
            new Exercise(id("000000004046"), "Reactive mirror drill", "agility", "seconds", null, "reaction", 4, null, 10),
            new Exercise(id("000000004047"), "Crossover steps", "agility", "seconds", "cones", "hips,adductors", 4, null, 15),
            new Exercise(id("000000004048"), "World's greatest stretch", "mobility", "reps", null, "hips,thoracic spine", 2, 6, null),
            new Exercise(id("000000004049"), "90/90 hip switch", "mobility", "reps", null, "hips", 2, 10, null),
            new Exercise(id("000000004050"), "Thoracic rotation", "mobility", "reps", null, "thoracic spine", 2, 10, null),
            new Exercise(id("000000004051"), "Couch stretch", "mobility", "seconds", null, "hip flexors,quads", 2, null, 60),
            new Exercise(id("000000004052"), "Ankle dorsiflexion rocks", "mobility", "reps", null, "ankles", 2, 12, null),
            new Exercise(id("000000004053"), "Groin rock-back", "mobility", "reps", null, "adductors", 2, 10, null),
            new Exercise(id("000000004054"), "Stickhandling with weighted puck", "skill", "seconds", "weighted puck,stick", "wrists,forearms", 4, null, 45),
            new Exercise(id("000000004055"), "Shooting off balance", "skill", "reps", "pucks,stick", "core,wrists", 4, 10, null),
            new Exercise(id("000000004056"), "Wrist roller", "skill", "reps", "wrist roller", "forearms", 3, 3, null),
            new Exercise(id("000000004057"), "Foam rolling", "recovery", "seconds", "foam roller", "full body", 1, null, 600),
            new Exercise(id("000000004058"), "Easy spin", "recovery", "seconds", "bike", "legs", 1, null, 900),
            new Exercise(id("000000004059"), "Breathing down-regulation", "recovery", "seconds", null, "diaphragm", 1, null, 300),
            new Exercise(id("000000004060"), "Contrast shower", "recovery", "seconds", null, "full body", 1, null, 300));

    /** The planned sessions' and template's exercises: the first six of the library. */
    private static final List<Exercise> PLAN = LIBRARY.subList(0, 6);

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
    private final Clock clock;

    @Autowired
    DemoTrainingSeed(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    DemoTrainingSeed(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
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
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        var start = LocalDate.now(clock.withZone(helsinki)).plusDays(1).atTime(LocalTime.of(17, 0)).atZone(helsinki)
                .toInstant();
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
        added += givenToTeam(SESSION);
        added += lastAndThisWeek();
        added += physicalTests();
        added += equipment();
        return added;
    }

    /**
     * Last week's and this week's sessions (Monday, Wednesday, Friday at 17:00 Helsinki) for every demo team; U18 AAA's
     * are assigned to its three demo players, and those already over are completed with the players' executions
     * logged. Last week's are all over, so the club has logged executions on any day and hour, a Monday morning too.
     */
    private int lastAndThisWeek() {
        int added = 0;
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        LocalDate thisMonday = LocalDate.now(clock.withZone(helsinki)).with(java.time.DayOfWeek.MONDAY);
        java.time.Instant now = clock.instant();
        List<UUID> players = List.of(DemoClub.PLAYER_1, DemoClub.PLAYER_2, DemoClub.PLAYER_3);
        String[] titles = {"Lower-body strength", "Conditioning intervals", "Upper-body strength"};
        String[] types = {"strength", "conditioning", "strength"};
        for (UUID team : DemoClub.TEAMS) {
            for (int s = 0; s < 6; s++) {
                int d = s % 3;
                LocalDate day = thisMonday.minusWeeks(1 - s / 3).plusDays(2L * d);
                var start = day.atTime(LocalTime.of(17, 0)).atZone(helsinki).toInstant();
                boolean over = start.plusSeconds(3600).isBefore(now);
                UUID session = UUID.nameUUIDFromBytes(("week:" + team + ":" + day).getBytes());
                int inserted = jdbc.update("""
                        INSERT INTO workout_sessions (id, organization_id, team_id, template_id, title, session_type,
                                                      starts_at, duration_minutes, location, status, created_at,
                                                      updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 60, 'Gym B', ?, now(), now(), 0) ON CONFLICT DO NOTHING""",
                        session, CLUB, team, TEMPLATE, titles[d], types[d], Timestamp.from(start),
                        over ? "completed" : "scheduled");
                added += inserted;
                if (team.equals(DemoClub.TEAM_U18_AAA)) {
                    added += givenToTeam(session);
                }
                if (inserted == 0 || !team.equals(DemoClub.TEAM_U18_AAA)) {
                    if (inserted == 1) {
                        added += plan("session_id", session);
                    }
                    continue;
                }
                added += plan("session_id", session);
                int p = 0;
                for (UUID player : players) {
                    UUID assignment = UUID.nameUUIDFromBytes((session + ":" + player).getBytes());
                    int rpe = 5 + (p + d) % 4;
                    added += jdbc.update("""
                            INSERT INTO assignments (id, organization_id, session_id, player_id, team_id, status,
                                                     load_multiplier, duration_minutes, rpe, completed_at, created_at,
                                                     updated_at, version)
                            VALUES (?, ?, ?, ?, ?, ?, 1.00, ?, ?, ?, now(), now(), 0) ON CONFLICT DO NOTHING""",
                            assignment, CLUB, session, player, team, over ? "completed" : "assigned",
                            over ? 60 : null, over ? rpe : null, over ? Timestamp.from(start.plusSeconds(3600)) : null);
                    if (over) {
                        added += execution(assignment, session, player, team, start, rpe);
                    }
                    p++;
                }
            }
        }
        return added;
    }

    /** The session was given to its whole team: players who join the team get it too (team.member.added). */
    private int givenToTeam(UUID session) {
        return jdbc.update("INSERT INTO session_audiences (session_id, organization_id, position) VALUES (?, ?, '*') "
                + "ON CONFLICT DO NOTHING", session, CLUB);
    }

    private int execution(UUID assignment, UUID session, UUID player, UUID team, java.time.Instant start, int rpe) {
        UUID execution = UUID.nameUUIDFromBytes(("execution:" + assignment).getBytes());
        int added = jdbc.update("""
                INSERT INTO workout_executions (id, organization_id, assignment_id, session_id, player_id, team_id,
                                                status, started_at, completed_at, duration_minutes, rpe,
                                                completion_percent, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 'completed', ?, ?, 60, ?, ?, now(), now(), 0) ON CONFLICT DO NOTHING""",
                execution, CLUB, assignment, session, player, team, Timestamp.from(start),
                Timestamp.from(start.plusSeconds(3600)), rpe, 100 * 7 / PLAN.stream().mapToInt(Exercise::sets).sum());
        // the first two exercises' sets: squats 4 × 6 and RDLs 3 × 8
        int set = 0;
        for (Exercise e : PLAN.subList(0, 2)) {
            for (int i = 0; i < e.sets(); i++) {
                added += jdbc.update("""
                        INSERT INTO execution_sets (id, organization_id, execution_id, exercise_id, reps, weight_kg,
                                                    rpe, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""",
                        UUID.nameUUIDFromBytes((execution + ":" + set).getBytes()), CLUB, execution, e.id(), e.reps(),
                        e.name().startsWith("Back") ? 80 : 24, rpe, Timestamp.from(start.plusSeconds(60L * set)),
                        Timestamp.from(start.plusSeconds(60L * set)));
                set++;
            }
        }
        return added;
    }

    private int physicalTests() {
        int added = 0;
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
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
        for (Exercise e : PLAN) {
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
