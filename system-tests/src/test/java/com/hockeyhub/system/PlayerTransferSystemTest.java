package com.hockeyhub.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static com.hockeyhub.system.DemoIds.CONNOR;
import static com.hockeyhub.system.DemoIds.JUNIOR_A;
import static com.hockeyhub.system.DemoIds.LUCAS;
import static com.hockeyhub.system.DemoIds.MIKKO;
import static com.hockeyhub.system.DemoIds.U16_ELITE;
import static com.hockeyhub.system.DemoIds.U18_AAA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PlayerTransferSaga across the running services: validate → medical-service clearance → onto the new team → off
 * the old → training-service assignments → calendar-service participation → communication-service notices.
 * The demo club of user-service's seed; its roster reaches the other services as events.
 */
@Order(2)
class PlayerTransferSystemTest {

    // the demo club's ids (shared-lib DemoClub)

    private static SystemSuite suite;
    private static Api api;

    @BeforeAll
    static void suite() {
        suite = SystemSuite.get();
        api = new Api(suite);
        // the participants know the demo roster from user-service's events before a transfer asks them
        for (String service : List.of("medical-service", "training-service", "calendar-service",
                "communication-service")) {
            Api.await(() -> suite.count(service, "SELECT count(*) FROM hockeyhub_roster_member WHERE team_id = ? "
                            + "AND user_id IN (?, ?, ?)", U18_AAA, CONNOR, LUCAS, MIKKO),
                    n -> n == 3, Duration.ofSeconds(90), service + " to know U18 AAA's players");
        }
    }

    private static long activeOn(UUID team, UUID player) {
        return suite.count("user-service", "SELECT count(*) FROM team_members WHERE team_id = ? AND user_id = ? "
                + "AND left_at IS NULL AND deleted_at IS NULL", team, player);
    }

    private static Api.Response transfer(String token, UUID player, UUID from, UUID to, int jersey) {
        return api.post("user-service", token, "/api/transfers",
                "{\"playerId\":\"%s\",\"fromTeamId\":\"%s\",\"toTeamId\":\"%s\",\"jerseyNumber\":%d}"
                        .formatted(player, from, to, jersey));
    }

    @Test
    void aPlayerMovesToAnotherTeamAcrossTheServices() {
        String admin = api.login("admin@hockeyhub.demo");
        Api.Response accepted = transfer(admin, LUCAS, U18_AAA, JUNIOR_A, 94);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        UUID sagaId = UUID.fromString(accepted.json("$.sagaId"));

        Api.Response done = api.awaitSaga(admin, sagaId, Duration.ofSeconds(60));
        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPLETED");
        assertThat(activeOn(JUNIOR_A, LUCAS)).isEqualTo(1);
        assertThat(activeOn(U18_AAA, LUCAS)).isZero();
        assertThat(suite.count("communication-service",
                "SELECT count(*) FROM notifications WHERE user_id = ? AND source_key = ?", LUCAS, "transfer:" + sagaId))
                .as("one notice to the player").isEqualTo(1);
        // the roster change reaches the other services as events
        Api.await(() -> suite.count("medical-service", "SELECT count(*) FROM hockeyhub_roster_member "
                        + "WHERE team_id = ? AND user_id = ?", JUNIOR_A, LUCAS), n -> n == 1, Duration.ofSeconds(30),
                "medical-service to see the move");
    }

    @Test
    void anOpenSevereInjuryRefusesTheTransferAndLeavesThePlayerWhereTheyWere() {
        String medical = api.login("medical@hockeyhub.demo");
        Api.Response injury = api.post("medical-service", medical, "/api/injuries", """
                {"playerId":"%s","injuryType":"fracture","bodyPart":"wrist","mechanism":"contact",
                 "injuryDate":"%s","severity":5}""".formatted(MIKKO, LocalDate.now(ZoneOffset.UTC)));
        assertThat(injury.status()).as(injury.body()).isEqualTo(201);

        String admin = api.login("admin@hockeyhub.demo");
        Api.Response accepted = transfer(admin, MIKKO, U18_AAA, JUNIOR_A, 93);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        Api.Response done = api.awaitSaga(admin, UUID.fromString(accepted.json("$.sagaId")), Duration.ofSeconds(60));

        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPENSATED");
        assertThat(done.<String>json("$.lastError")).containsIgnoringCase("clearance");
        assertThat(activeOn(U18_AAA, MIKKO)).isEqualTo(1);
        assertThat(activeOn(JUNIOR_A, MIKKO)).isZero();
    }

    @Test
    void twoTransfersOfOnePlayerAtOnceLetOneWin() throws Exception {
        String admin = api.login("admin@hockeyhub.demo");
        ServiceProcess medical = suite.service("medical-service");
        List<Api.Response> answers = new ArrayList<>();
        // medical-service stalls, so the first transfer is still running when the second arrives
        medical.freeze();
        try {
            var toJunior = CompletableFuture.supplyAsync(() -> transfer(admin, CONNOR, U18_AAA, JUNIOR_A, 92));
            var toU16 = CompletableFuture.supplyAsync(() -> transfer(admin, CONNOR, U18_AAA, U16_ELITE, 91));
            answers.add(toJunior.get());
            answers.add(toU16.get());
        } finally {
            medical.thaw();
        }
        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(202, 409);
        Api.Response winner = answers.stream().filter(r -> r.status() == 202).findFirst().orElseThrow();
        Api.Response loser = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.body()).as("a problem detail").contains("\"status\":409");

        Api.Response done = api.awaitSaga(admin, UUID.fromString(winner.json("$.sagaId")), Duration.ofSeconds(60));
        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPLETED");
        // on exactly one team: the winner's target, never both, never none
        assertThat(activeOn(U18_AAA, CONNOR)).isZero();
        assertThat(activeOn(JUNIOR_A, CONNOR) + activeOn(U16_ELITE, CONNOR)).isEqualTo(1);
    }
}
