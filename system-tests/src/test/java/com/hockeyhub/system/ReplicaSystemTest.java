package com.hockeyhub.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.hockeyhub.system.DemoIds.CLUB;
import static com.hockeyhub.system.DemoIds.CONNOR;
import static com.hockeyhub.system.DemoIds.LUCAS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the services whose correctness depends on more than the database (issue 22): user-service
 * (tokens, revocation, its Redis cache, the saga engine), admin-service (a consumer of every event),
 * communication-service (saga steps and notifications from events) and payment-service (saga steps, usage from
 * events, and the overdue sweep — here two more instances running it every two seconds) share the first
 * instances' databases, Redis and NATS stream. Each check says what a second replica could break. Found on the
 * way: user-service replicas must share {@code JWT_PRIVATE_KEY} (with the development default each generates its
 * own key and refuses the other's tokens) — the suite now gives them one.
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaSystemTest {


    private static SystemSuite suite;
    private static Api api;
    private static final List<ServiceProcess> replicas = new ArrayList<>();

    @BeforeAll
    static void startReplicas() throws Exception {
        suite = SystemSuite.get();
        api = new Api(suite);
        replicas.add(suite.replica("user-service", 2, List.of()));
        replicas.add(suite.replica("admin-service", 2, List.of()));
        replicas.add(suite.replica("communication-service", 2, List.of()));
        // the daily sweep every two seconds on two instances at once (the first instance keeps its daily time)
        for (int n = 2; n <= 3; n++) {
            replicas.add(suite.replica("payment-service", n, List.of("--hockeyhub.payment.sweep-cron=*/2 * * * * *")));
        }
        suite.startAll(replicas);
    }

    @AfterAll
    static void stopReplicas() {
        replicas.forEach(ServiceProcess::stop);
    }

    @Test
    void aTokenFromOneReplicaWorksOnTheOtherAndSigningOutOnOneEndsItOnBoth() {
        String token = api.login("player@hockeyhub.demo");
        List<String> services = List.of("user-service", "user-service#2", "admin-service#2", "payment-service#2");
        for (String service : services) {
            assertThat(api.get(service, token, readOf(service)).status()).as(service).isNotEqualTo(401);
        }

        ServiceProcess.sleep(1_100); // a revocation counts the tokens issued before its second
        assertThat(api.post("user-service#2", token, "/api/auth/sign-out-everywhere", "{}").status()).isEqualTo(204);
        // it reaches the other replica, and every other service, through NATS and Redis
        for (String service : services) {
            Api.await(() -> api.get(service, token, readOf(service)), r -> r.status() == 401,
                    Duration.ofSeconds(10), "the signed-out token refused by " + service);
        }
        String fresh = api.login("player@hockeyhub.demo");
        assertThat(api.get("user-service#2", fresh, "/api/auth/me").status()).isEqualTo(200);
    }

    @Test
    void aChangeOnOneReplicaIsReadOnTheOtherAtOnceThoughItCachedTheOldValue() {
        String admin = api.login("admin@hockeyhub.demo");
        for (int round = 0; round < 3; round++) {
            Api.Response before = api.get("user-service#2", admin, "/api/users/" + LUCAS);
            assertThat(before.status()).as(before.body()).isEqualTo(200);
            // the second read comes from the Redis cache of replica 2
            assertThat(api.get("user-service#2", admin, "/api/users/" + LUCAS).status()).isEqualTo(200);
            String phone = "+358 40 555 " + (1000 + round * 111 + (int) (System.nanoTime() % 100));
            Api.Response changed = api.patch("user-service", admin, "/api/users/" + LUCAS,
                    "{\"phone\":\"%s\"}".formatted(phone));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            // no waiting: the eviction happened before the write answered
            Api.Response after = api.get("user-service#2", admin, "/api/users/" + LUCAS);
            assertThat(after.<String>json("$.phone")).as("round " + round).isEqualTo(phone);
        }
    }

    @Test
    void eachEventIsHandledOncePerConsumerNotOncePerReplica() {
        String admin = api.login("admin@hockeyhub.demo");
        String audited = "SELECT count(*) FROM audit_events WHERE event_type = 'user.updated' AND data::text LIKE '%"
                + CONNOR + "%'";
        long before = Api.await(() -> suite.count("admin-service", audited), new Api.Stable(), Duration.ofSeconds(30),
                "the audit trail of Connor to settle");
        int changes = 6;
        for (int i = 0; i < changes; i++) {
            // writes spread over both user-service replicas; both admin-service replicas consume the events
            Api.Response r = api.patch(i % 2 == 0 ? "user-service" : "user-service#2", admin,
                    "/api/users/" + CONNOR, "{\"phone\":\"+358 40 777 %04d\"}".formatted(i));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        Api.await(() -> suite.count("admin-service", audited), n -> n >= before + changes, Duration.ofSeconds(60),
                "the audit trail to record " + changes + " changes");
        ServiceProcess.sleep(3_000); // a second delivery, to the other replica, would have landed by now
        assertThat(suite.count("admin-service", audited)).isEqualTo(before + changes);
    }

    @Test
    void aMessagePostedThroughOneReplicaReachesAStreamOpenOnTheOther() throws Exception {
        String coach = api.login("coach@hockeyhub.demo");
        String player = api.login("player@hockeyhub.demo");
        Api.Response conversation = api.post("communication-service", coach, "/api/conversations",
                "{\"type\":\"direct\",\"participantIds\":[\"%s\"]}".formatted(CONNOR));
        assertThat(conversation.status()).as(conversation.body()).isIn(200, 201);
        String conversationId = conversation.json("$.id");

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.util.stream.Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(suite.url("communication-service#2") + "/api/stream"))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + player).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> stream.body().forEach(lines::add), "sse-replica-client");
        reader.setDaemon(true);
        reader.start();
        try {
            awaitLine(lines, "event:ready");
            String text = "Bus leaves 17:15 " + UUID.randomUUID();
            Api.Response sent = api.post("communication-service", coach,
                    "/api/conversations/" + conversationId + "/messages", "{\"body\":\"%s\"}".formatted(text));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            awaitLine(lines, "event:message.created");
            assertThat(awaitLine(lines, "data:")).contains(text);
        } finally {
            stream.body().close();
        }
    }

    /** The next line of the stream that starts with {@code prefix}; fails after 30 s. */
    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(500, TimeUnit.MILLISECONDS);
            if (line != null && line.replace(": ", ":").startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " within 30 s");
    }

    @Test
    void theOverdueSweepRunningOnTwoReplicasMarksAndAnnouncesEachInvoiceOnce() {
        // the calendar moves on: the demo club's open invoices fall due yesterday
        List<String> open = suite.strings("payment-service", "SELECT id::text FROM invoices WHERE organization_id = ? "
                + "AND status IN ('open', 'partially_paid') AND deleted_at IS NULL", CLUB);
        assertThat(open).as("open demo invoices to move").isNotEmpty();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        for (String invoice : open) {
            suite.update("payment-service", "UPDATE invoices SET due_date = ?, issue_date = LEAST(issue_date, ?) "
                    + "WHERE id = ?::uuid", yesterday, yesterday, invoice);
        }
        List<String> overdue = open;
        Api.await(() -> suite.count("payment-service", "SELECT count(*) FROM invoices WHERE status = 'overdue' "
                        + "AND id::text = ANY (?)", (Object) open.toArray(String[]::new)),
                n -> n == open.size(), Duration.ofSeconds(60), "the sweep to mark the invoices overdue");
        for (String invoice : overdue) {
            Api.await(() -> suite.count("admin-service", "SELECT count(*) FROM audit_events WHERE event_type = "
                            + "'payment.invoice.overdue' AND data->>'invoiceId' = ?", invoice),
                    n -> n >= 1, Duration.ofSeconds(60), "the overdue notice of " + invoice);
        }
        ServiceProcess.sleep(4_000); // two more sweeps on each replica
        for (String invoice : overdue) {
            assertThat(suite.count("admin-service", "SELECT count(*) FROM audit_events WHERE event_type = "
                    + "'payment.invoice.overdue' AND data->>'invoiceId' = ?", invoice))
                    .as("announcements of " + invoice).isEqualTo(1);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // the others use the replica it kills
    void aSagaLeftByAKilledReplicaIsFinishedByTheOtherExactlyOnce() {
        String token = api.login("superadmin@hockeyhub.demo");
        ServiceProcess secondUsers = suite.service("user-service#2");
        List<ServiceProcess> payments = List.of(suite.service("payment-service"), suite.service("payment-service#2"),
                suite.service("payment-service#3"));
        ClubOnboardingSystemTest.Onboarding o;
        payments.forEach(ServiceProcess::freeze);
        try {
            o = ClubOnboardingSystemTest.onboard(api, "user-service#2", token, "kestrels");
            Api.await(() -> api.get("user-service", token, "/api/sagas/" + o.sagaId()),
                    r -> r.status() == 200 && r.<Integer>json("$.currentStep") >= 3, Duration.ofSeconds(30),
                    "the saga to reach start-trial");
            secondUsers.kill();
        } finally {
            payments.forEach(ServiceProcess::thaw);
        }
        // the first replica's recovery takes the saga over once its lease has run out
        Api.Response done = api.awaitSaga(token, o.sagaId(), Duration.ofSeconds(120));
        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("COMPLETED");
        ClubOnboardingSystemTest.assertOnboardedExactlyOnce(suite, o);
    }

    /** A read of the service's own that a player's token may reach (an answer other than 401 shows it valid). */
    private static String readOf(String service) {
        return service.startsWith("user-service") ? "/api/auth/me"
                : service.startsWith("admin-service") ? "/api/settings/effective"
                : "/api/subscriptions/" + CLUB;
    }
}
