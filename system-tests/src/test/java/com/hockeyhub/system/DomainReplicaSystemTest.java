package com.hockeyhub.system;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static com.hockeyhub.system.DemoIds.CLUB;
import static com.hockeyhub.system.DemoIds.CONNOR;
import static com.hockeyhub.system.DemoIds.LUCAS;
import static com.hockeyhub.system.DemoIds.U18_AAA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Second instances of the domain services (issue 22), after {@link ReplicaSystemTest} has stopped its own: a second
 * calendar-service (reminders every second), medical-, statistics- and training-service, and two more
 * planning-services (the phase check every second) share the first instances' databases, Redis and NATS stream.
 * Each check says what a second replica could break. The two classes take turns so that no more than six extra JVMs
 * start at once on a two-core machine (eleven at once overran the start-up budget in CI).
 */
@Order(6)
class DomainReplicaSystemTest {


    private static SystemSuite suite;
    private static Api api;
    private static final List<ServiceProcess> replicas = new ArrayList<>();

    @BeforeAll
    static void startReplicas() throws Exception {
        suite = SystemSuite.get();
        api = new Api(suite);
        // reminders every second on the second instance (the first keeps its 30 s)
        replicas.add(suite.replica("calendar-service", 2, List.of("--hockeyhub.calendar.reminders.interval=PT1S")));
        replicas.add(suite.replica("medical-service", 2, List.of()));
        // the daily phase check every second on two instances at once (the first keeps its quarter of an hour)
        for (int n = 2; n <= 3; n++) {
            replicas.add(suite.replica("planning-service", n, List.of(
                    "--hockeyhub.planning.phase-check-interval=PT1S", "--hockeyhub.planning.phase-check-delay=PT1S")));
        }
        replicas.add(suite.replica("statistics-service", 2, List.of()));
        replicas.add(suite.replica("training-service", 2, List.of()));
        suite.startAll(replicas);
    }

    @AfterAll
    static void stopReplicas() {
        replicas.forEach(ServiceProcess::stop);
    }

    @Test
    void aTeamsUpcomingEventsCachedNearOneReplicaShowAChangeMadeOnTheOtherAndEachReminderGoesOutOnce() {
        String coach = api.login("coach@hockeyhub.demo");
        Instant start = Instant.now().plus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"title":"%s","type":"training","startAt":"%s","endAt":"%s","teamId":"%s",
                 "participantIds":["%s","%s"],"reminderMinutes":[60]}""";
        String title = "Replica skate " + UUID.randomUUID();
        // due at once: its 60-minute reminder is 40 minutes late; the second instance claims every second
        Api.Response created = api.post("calendar-service#2", coach, "/api/events",
                body.formatted(title, start, start.plus(1, ChronoUnit.HOURS), U18_AAA, CONNOR, LUCAS));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String eventId = created.json("$.id");
        String upcoming = "/api/events/teams/" + U18_AAA + "/upcoming?days=1&size=100";
        for (int round = 0; round < 3; round++) {
            // the first instance reads the team's entry twice: the second read is a hit of its near cache
            for (int read = 0; read < 2; read++) {
                Api.Response before = api.get("calendar-service", coach, upcoming);
                assertThat(before.status()).as(before.body()).isEqualTo(200);
                assertThat(before.<List<String>>json("$.content[?(@.id == '" + eventId + "')].title"))
                        .containsExactly(title);
            }
            title = "Replica skate " + round + " " + UUID.randomUUID();
            Api.Response changed = api.put("calendar-service#2", coach, "/api/events/" + eventId,
                    body.formatted(title, start, start.plus(1, ChronoUnit.HOURS), U18_AAA, CONNOR, LUCAS));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            // no waiting: Redis pushed the invalidation to the first instance before it answered the writer
            Api.Response after = api.get("calendar-service", coach, upcoming);
            assertThat(after.<List<String>>json("$.content[?(@.id == '" + eventId + "')].title")).as("round " + round)
                    .containsExactly(title);
        }

        String sent = "SELECT count(*) FROM reminder_deliveries WHERE event_id = ?::uuid";
        long deliveries = Api.await(() -> suite.count("calendar-service", sent, eventId), n -> n >= 2,
                Duration.ofSeconds(30), "the reminders of the event to go out");
        String announced = "SELECT count(*) FROM audit_events WHERE event_type = 'calendar.reminder.due' "
                + "AND data->>'eventId' = ?";
        Api.await(() -> suite.count("admin-service", announced, eventId), n -> n >= deliveries,
                Duration.ofSeconds(60), "the reminders in the audit trail");
        ServiceProcess.sleep(3_000); // three more runs of the second instance
        assertThat(suite.count("calendar-service", sent, eventId)).isEqualTo(deliveries);
        assertThat(suite.count("admin-service", announced, eventId)).as("reminders published").isEqualTo(deliveries);
    }

    @Test
    void aPlayersStatusSetOnOneMedicalReplicaIsReadOnTheOtherAndTrainingEndsOnTheLastOne() {
        String medical = api.login("medical@hockeyhub.demo");
        String[] statuses = {"personal", "load_management", "personal", "load_management"};
        String published = "SELECT count(*) FROM audit_events WHERE event_type = 'medical.player.status.changed' "
                + "AND data->>'playerId' = ?";
        long before = Api.await(() -> suite.count("admin-service", published, LUCAS.toString()), new Api.Stable(),
                Duration.ofSeconds(30), "Lucas's status changes to settle");
        for (int i = 0; i < statuses.length; i++) {
            String writer = i % 2 == 0 ? "medical-service#2" : "medical-service";
            String reader = i % 2 == 0 ? "medical-service" : "medical-service#2";
            Api.Response set = api.put(writer, medical, "/api/availability/players/" + LUCAS,
                    "{\"status\":\"%s\",\"reason\":\"replica check %d\"}".formatted(statuses[i], i));
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            Api.Response read = api.get(reader, medical, "/api/availability/players/" + LUCAS);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.<String>json("$.status")).as("change " + i + " read on " + reader).isEqualTo(statuses[i]);
        }
        // both training-service instances consume the changes; the player ends on the last one, announced once each
        Api.await(() -> suite.strings("training-service", "SELECT status FROM player_training_status "
                        + "WHERE player_id = ?", LUCAS), s -> s.equals(List.of("load_management")),
                Duration.ofSeconds(30), "training-service to hold Lucas's last status");
        Api.await(() -> suite.count("admin-service", published, LUCAS.toString()),
                n -> n >= before + statuses.length, Duration.ofSeconds(60), "the changes in the audit trail");
        ServiceProcess.sleep(2_000);
        assertThat(suite.count("admin-service", published, LUCAS.toString())).isEqualTo(before + statuses.length);
        assertThat(suite.strings("training-service", "SELECT status FROM player_training_status WHERE player_id = ?",
                LUCAS)).containsExactly("load_management");
    }

    @Test
    void thePhaseCheckOnThreeReplicasAnnouncesEachNewPhaseOnce() {
        // the season moves on: the demo club's current phases are new again to every planning-service instance
        List<String> phases = Api.await(() -> suite.strings("planning-service", "SELECT phase_id::text FROM "
                        + "phase_announcements WHERE organization_id = ?", CLUB), p -> !p.isEmpty(),
                Duration.ofSeconds(60), "the demo season's current phase to be announced");
        String announced = "SELECT count(*) FROM audit_events WHERE event_type = 'planning.phase.changed' "
                + "AND data->>'phaseId' = ?";
        List<Long> before = new ArrayList<>();
        for (String phase : phases) {
            before.add(Api.await(() -> suite.count("admin-service", announced, phase), n -> n >= 1,
                    Duration.ofSeconds(60), "the first announcement of " + phase));
        }
        assertThat(suite.update("planning-service", "DELETE FROM phase_announcements WHERE organization_id = ?",
                CLUB)).isEqualTo(phases.size());
        for (int i = 0; i < phases.size(); i++) {
            String phase = phases.get(i);
            long expected = before.get(i) + 1;
            Api.await(() -> suite.count("admin-service", announced, phase), n -> n >= expected,
                    Duration.ofSeconds(60), "the new announcement of " + phase);
        }
        ServiceProcess.sleep(3_000); // three more checks on each fast instance
        for (int i = 0; i < phases.size(); i++) {
            assertThat(suite.count("admin-service", announced, phases.get(i))).as("announcements of " + phases.get(i))
                    .isEqualTo(before.get(i) + 1);
        }
    }

    @Test
    void aGameRecordedOnOneStatisticsReplicaIsRefreshedOnceAndReadOnTheOther() {
        String admin = api.login("admin@hockeyhub.demo");
        String division = suite.strings("statistics-service", "SELECT d.id::text FROM divisions d WHERE "
                + "d.organization_id = ? AND d.deleted_at IS NULL AND (SELECT count(*) FROM division_teams t "
                + "WHERE t.division_id = d.id AND t.deleted_at IS NULL) >= 2 ORDER BY d.season DESC LIMIT 1",
                CLUB).get(0);
        String season = suite.strings("statistics-service", "SELECT season FROM divisions WHERE id = ?::uuid",
                division).get(0);
        List<String> teams = suite.strings("statistics-service", "SELECT id::text FROM division_teams WHERE "
                + "division_id = ?::uuid AND deleted_at IS NULL ORDER BY id LIMIT 2", division);
        String standings = "/api/standings?season=" + season + "&divisionId=" + division;
        String played = "$.divisions[0].rows[?(@.divisionTeamId == '" + teams.get(0) + "')].gamesPlayed";
        // read twice on the first instance: its standings are cached now
        int gamesBefore = gamesPlayed(api.get("statistics-service", admin, standings), played);
        assertThat(gamesPlayed(api.get("statistics-service", admin, standings), played)).isEqualTo(gamesBefore);
        String refreshed = "Refreshed standings and season totals";
        List<ServiceProcess> statistics = List.of(suite.service("statistics-service"),
                suite.service("statistics-service#2"));
        long refreshesBefore = statistics.stream().mapToLong(p -> p.logLines(refreshed)).sum();

        Instant playedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                .minusSeconds(System.nanoTime() % 3_000);
        Api.Response game = api.post("statistics-service#2", admin, "/api/games", """
                {"divisionId":"%s","homeTeamId":"%s","awayTeamId":"%s","playedAt":"%s","homeScore":4,"awayScore":2,
                 "decision":"regulation"}""".formatted(division, teams.get(0), teams.get(1), playedAt));
        assertThat(game.status()).as(game.body()).isEqualTo(201);
        Api.await(() -> gamesPlayed(api.get("statistics-service", admin, standings), played),
                n -> n == gamesBefore + 1, Duration.ofSeconds(30), "the first instance's standings to show the game");
        ServiceProcess.sleep(3_000); // both instances poll twice a second
        assertThat(suite.count("statistics-service", "SELECT count(*) FROM stats_refresh_requests")).isZero();
        assertThat(statistics.stream().mapToLong(p -> p.logLines(refreshed)).sum())
                .as("view refreshes for one game").isEqualTo(refreshesBefore + 1);
        assertThat(gamesPlayed(api.get("statistics-service#2", admin, standings), played)).isEqualTo(gamesBefore + 1);
    }

    private static int gamesPlayed(Api.Response standings, String path) {
        assertThat(standings.status()).as(standings.body()).isEqualTo(200);
        List<Integer> games = standings.json(path);
        assertThat(games).as(standings.body()).hasSize(1);
        return games.get(0);
    }

    @Test
    void reservationsOfOneItemForOneSlotThroughBothTrainingReplicasLeaveOneWinner() {
        String admin = api.login("admin@hockeyhub.demo");
        Api.Response item = api.post("training-service#2", admin, "/api/equipment",
                "{\"name\":\"Replica goal %s\",\"category\":\"goals\"}".formatted(UUID.randomUUID()));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String path = "/api/equipment/" + item.json("$.id") + "/reservations";
        Instant day = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        for (int round = 0; round < 3; round++) {
            // overlapping slots of different lengths: one request per instance, at the same moment
            Instant from = day.plus(round * 4L, ChronoUnit.HOURS);
            String first = "{\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(from, from.plus(2, ChronoUnit.HOURS));
            String second = "{\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(from.plus(1, ChronoUnit.HOURS),
                    from.plus(3, ChronoUnit.HOURS));
            List<Api.Response> answers = Api.race(() -> api.post("training-service", admin, path, first),
                    () -> api.post("training-service#2", admin, path, second));
            assertThat(answers).as("round " + round + ": " + answers).extracting(Api.Response::status)
                    .containsExactlyInAnyOrder(201, 409);
        }
        assertThat(suite.count("training-service", "SELECT count(*) FROM equipment_reservations WHERE item_id = ?::uuid",
                (Object) item.json("$.id"))).isEqualTo(3);
    }
}
