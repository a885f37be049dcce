package com.hockeyhub.system;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CreateOrganizationSaga across the running services: user-service orchestrates, payment-service opens the trial,
 * admin-service provisions the configuration, communication-service welcomes — and the failures of issue 21:
 * a participant that is gone, one that stalls, and the orchestrator killed mid-saga.
 */
@Order(1)
class ClubOnboardingSystemTest {

    private static SystemSuite suite;
    private static Api api;

    @BeforeAll
    static void suite() {
        suite = SystemSuite.get();
        api = new Api(suite);
    }

    record Onboarding(UUID sagaId, UUID club, UUID admin) {
    }

    private Onboarding onboard(String token, String name) {
        return onboard(api, "user-service", token, name);
    }

    /** Starts the onboarding saga on {@code userService} (the first user-service or a replica of it). */
    static Onboarding onboard(Api api, String userService, String token, String name) {
        String subdomain = name + "-" + Long.toString(System.nanoTime(), 36);
        Api.Response r = api.post(userService, token, "/api/organizations/onboard", """
                {"name":"%s","subdomain":"%s","tier":"premium",
                 "admin":{"email":"%s@example.org","firstName":"Lea","lastName":"Lind"},
                 "teams":[{"name":"U12 %s","ageGroup":"U12"},{"name":"%s Seniors","ageGroup":"Senior"}]}"""
                .formatted(name, subdomain, subdomain, name, name));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        UUID sagaId = UUID.fromString(r.json("$.sagaId"));
        assertThat(r.location()).isEqualTo("/api/sagas/" + sagaId);
        return new Onboarding(sagaId, UUID.fromString(r.json("$.organizationId")),
                UUID.fromString(r.json("$.adminUserId")));
    }

    /** Everything a completed onboarding leaves, each exactly once, whatever was retried or recovered. */
    private void assertOnboardedExactlyOnce(Onboarding o) {
        assertOnboardedExactlyOnce(suite, o);
    }

    static void assertOnboardedExactlyOnce(SystemSuite suite, Onboarding o) {
        assertThat(suite.count("user-service",
                "SELECT count(*) FROM organizations WHERE id = ? AND deleted_at IS NULL", o.club())).isEqualTo(1);
        assertThat(suite.count("user-service",
                "SELECT count(*) FROM teams WHERE organization_id = ? AND deleted_at IS NULL", o.club())).isEqualTo(2);
        assertThat(suite.count("user-service", "SELECT count(*) FROM user_organizations WHERE organization_id = ? "
                + "AND role = 'CLUB_ADMIN'", o.club())).isEqualTo(1);
        assertThat(suite.count("payment-service",
                "SELECT count(*) FROM subscriptions WHERE organization_id = ? AND status = 'trialing'", o.club()))
                .as("one trial subscription").isEqualTo(1);
        assertThat(suite.count("admin-service",
                "SELECT count(*) FROM club_settings WHERE organization_id = ? AND deleted_at IS NULL", o.club()))
                .as("the club's default configuration").isPositive();
        assertThat(suite.count("communication-service",
                "SELECT count(*) FROM conversations WHERE organization_id = ? AND type = 'club'", o.club()))
                .as("one club-wide conversation").isEqualTo(1);
        assertThat(suite.count("communication-service",
                "SELECT count(*) FROM notifications WHERE user_id = ?", o.admin()))
                .as("one welcome for the new admin").isEqualTo(1);
    }

    @Test
    void aClubIsOnboardedAcrossTheRunningServices() {
        String token = api.login("superadmin@hockeyhub.demo");
        Onboarding o = onboard(token, "lynx");

        Api.Response done = api.awaitSaga(token, o.sagaId(), Duration.ofSeconds(60));
        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPLETED");
        assertOnboardedExactlyOnce(o);
        // the saga view: every step succeeded once, in order
        List<String> succeeded = done.json("$.steps[?(@.status == 'SUCCEEDED')].step");
        assertThat(succeeded).containsSubsequence("create-organization", "create-admin", "create-default-teams",
                "start-trial", "default-configuration", "welcome");
        // and the club's own admin may not read the platform's sagas of other clubs
        Api.Response asDemoAdmin = api.get("user-service", api.login("admin@hockeyhub.demo"),
                "/api/sagas/" + o.sagaId());
        assertThat(asDemoAdmin.status()).isIn(403, 404);
    }

    @Test
    void paymentServiceGoneCompensatesTheClubAndLeavesNothingBehind() throws Exception {
        String token = api.login("superadmin@hockeyhub.demo");
        ServiceProcess payment = suite.service("payment-service");
        payment.stop();
        Onboarding o;
        try {
            o = onboard(token, "otters");
            Api.Response done = api.awaitSaga(token, o.sagaId(), Duration.ofSeconds(120));
            assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPENSATED");
            assertThat(done.<String>json("$.lastError")).as(done.body()).isNotBlank();
            List<String> failed = done.json("$.steps[?(@.status != 'SUCCEEDED')].step");
            assertThat(failed).as(done.body()).contains("start-trial");
        } finally {
            payment.start();
            suite.awaitReady(List.of(payment));
        }
        // no half club, no orphan admin, no subscription without a club
        assertThat(suite.count("user-service",
                "SELECT count(*) FROM organizations WHERE id = ? AND deleted_at IS NULL", o.club())).isZero();
        assertThat(suite.count("user-service",
                "SELECT count(*) FROM users WHERE id = ? AND deleted_at IS NULL", o.admin())).isZero();
        assertThat(suite.count("user-service",
                "SELECT count(*) FROM teams WHERE organization_id = ? AND deleted_at IS NULL", o.club())).isZero();
        // payment-service, back, reads what it missed: the club created, then deleted — and ends the trial the first
        // event started, once it has taken the second in
        long deletions = suite.count("user-service", "SELECT count(*) FROM hockeyhub_outbox "
                + "WHERE type = 'organization.deleted' AND organization_id = ?", o.club());
        assertThat(deletions).as("user-service announced the deletion").isEqualTo(1);
        Api.await(() -> suite.count("payment-service", "SELECT count(*) FROM hockeyhub_inbox WHERE event_type = "
                        + "'organization.deleted' AND event_id = ?", suite.uuid("user-service", "SELECT id FROM "
                        + "hockeyhub_outbox WHERE type = 'organization.deleted' AND organization_id = ?", o.club())),
                n -> n >= 1, Duration.ofSeconds(60), "payment-service to take the deletion in");
        assertThat(suite.count("payment-service", "SELECT count(*) FROM subscriptions WHERE organization_id = ? "
                + "AND status NOT IN ('cancelled', 'expired')", o.club())).isZero();
        assertThat(suite.count("admin-service", "SELECT count(*) FROM club_settings WHERE organization_id = ? "
                + "AND deleted_at IS NULL", o.club())).isZero();
        assertThat(suite.count("communication-service",
                "SELECT count(*) FROM conversations WHERE organization_id = ?", o.club())).isZero();
    }

    @Test
    void aStalledParticipantThatAnswersWithinTheDeadlineCompletesTheSagaOnce() {
        String token = api.login("superadmin@hockeyhub.demo");
        ServiceProcess payment = suite.service("payment-service");
        Onboarding o;
        payment.freeze();
        try {
            o = onboard(token, "herons");
            // longer than the client's read timeout (5 s): the call is retried with the same key meanwhile
            ServiceProcess.sleep(7_000);
        } finally {
            payment.thaw();
        }
        Api.Response done = api.awaitSaga(token, o.sagaId(), Duration.ofSeconds(90));
        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPLETED");
        assertOnboardedExactlyOnce(o);
    }

    @Test
    void userServiceKilledMidSagaFinishesItExactlyOnceAfterTheRestart() throws Exception {
        String token = api.login("superadmin@hockeyhub.demo");
        ServiceProcess users = suite.service("user-service");
        ServiceProcess payment = suite.service("payment-service");
        Onboarding o;
        payment.freeze();
        try {
            o = onboard(token, "falcons");
            // the club, its admin and teams are made; the saga now waits on the trial
            Api.await(() -> api.get("user-service", token, "/api/sagas/" + o.sagaId()),
                    r -> r.status() == 200 && r.<Integer>json("$.currentStep") >= 3, Duration.ofSeconds(30),
                    "the saga to reach start-trial");
            users.kill();
        } finally {
            payment.thaw();
        }
        users.start();
        suite.awaitReady(List.of(users));

        String fresh = api.login("superadmin@hockeyhub.demo");
        Api.Response done = api.awaitSaga(fresh, o.sagaId(), Duration.ofSeconds(120));
        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPLETED");
        assertOnboardedExactlyOnce(o);
    }
}
