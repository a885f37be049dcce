package com.hockeyhub.admin.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.hockeyhub.admin.AdminApiTestBase;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller against fake actuator endpoints served by the test over real HTTP: scores from controlled answers,
 * one stored round per slot even when two replicas poll at once, the error rate of earlier rounds, and the
 * bucketed history through the API.
 */
class HealthPollerTest extends AdminApiTestBase {

    @Autowired
    HealthPoller poller;

    HttpServer server;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
    // a recent, whole hour: clear of the running poller's slots and of the retention purge
    final Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

    @BeforeEach
    void startFakeActuators() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answer("up", 200, "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"}}}", 0);
        answer("degraded", 200, "{\"status\":\"DEGRADED\"}", 0);
        answer("slow", 200, "{\"status\":\"UP\"}", 700);
        answer("down", 503, "{\"status\":\"DOWN\"}", 0);
        server.createContext("/flappy/actuator/health", exchange -> {
            int n = hits.computeIfAbsent("flappy", k -> new AtomicInteger()).incrementAndGet();
            respond(exchange, n <= 2 ? 503 : 200, n <= 2 ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(String name, int status, String body, long delayMillis) {
        server.createContext("/" + name + "/actuator/health", exchange -> {
            hits.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            respond(exchange, status, body);
        });
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Map<String, String> targets(String... names) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String name : names) {
            targets.put(prefix + "-" + name, name.equals("dead") ? "http://127.0.0.1:1"
                    : "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
        }
        return targets;
    }

    private int hits(String name) {
        return hits.getOrDefault(name, new AtomicInteger()).get();
    }

    @Test
    void aRoundScoresEveryAnswerAndIsStoredOncePerSlot() {
        HealthPoller.Round round = poller.pollOnce(targets("up", "degraded", "slow", "down", "dead"), base);

        assertThat(round.polled()).isTrue();
        Map<String, SuiteHealth.ServiceHealth> byName = round.services().stream()
                .collect(Collectors.toMap(s -> s.name().substring(prefix.length() + 1), s -> s));
        assertThat(byName.get("up").score()).isEqualTo(100);
        assertThat(byName.get("up").components()).containsEntry("db", "UP");
        assertThat(byName.get("degraded").score()).isEqualTo(75);
        assertThat(byName.get("slow").score()).isEqualTo(90);
        assertThat(byName.get("down").score()).isZero();
        assertThat(byName.get("dead").status()).isEqualTo("DOWN");
        assertThat(byName.get("dead").error()).isNotBlank();
        assertThat(count("SELECT count(*) FROM health_snapshots WHERE service LIKE ? AND slot = ?", prefix + "-%",
                java.sql.Timestamp.from(base))).isEqualTo(5);

        HealthPoller.Round again = poller.pollOnce(targets("up", "degraded", "slow", "down", "dead"),
                base.plusSeconds(10));
        assertThat(again.polled()).as("same slot: already stored").isFalse();
        assertThat(hits("up")).isEqualTo(1);
    }

    @Test
    void twoReplicasPollingTheSameSlotStoreOneRound() throws Exception {
        Map<String, String> targets = targets("up", "slow");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HealthPoller.Round>> replicas = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return poller.pollOnce(targets, base.plusSeconds(30));
                })).toList();
        start.countDown();

        List<HealthPoller.Round> rounds = replicas.stream().map(CompletableFuture::join).toList();
        assertThat(rounds).filteredOn(HealthPoller.Round::polled).hasSize(1);
        assertThat(hits("slow")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM health_snapshots WHERE service = ?", prefix + "-slow")).isEqualTo(1);
    }

    @Test
    void earlierFailuresCostPointsAndTheHistoryIsBucketed() throws Exception {
        Map<String, String> flappy = targets("flappy");
        String name = prefix + "-flappy";
        assertThat(poller.pollOnce(flappy, base).services().get(0).score()).isZero();
        assertThat(poller.pollOnce(flappy, base.plusSeconds(30)).services().get(0).score()).isZero();
        SuiteHealth.ServiceHealth recovered = poller.pollOnce(flappy, base.plusSeconds(60)).services().get(0);
        assertThat(recovered.status()).isEqualTo("UP");
        assertThat(recovered.score()).as("UP, but both earlier rounds failed").isEqualTo(75);

        MvcResult result = get(superAdmin(), "/api/admin/system/health/history?service={s}&from={f}&to={t}"
                + "&bucket=PT1M", name, base.toString(), base.plus(Duration.ofMinutes(2)).toString());
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode buckets = json(result).get("services").get(0).get("buckets");
        assertThat(buckets).hasSize(2);
        assertThat(buckets.get(0).get("samples").asInt()).isEqualTo(2);
        assertThat(buckets.get(0).get("failures").asInt()).isEqualTo(2);
        assertThat(buckets.get(0).get("avgScore").asInt()).isZero();
        assertThat(buckets.get(1).get("avgScore").asInt()).isEqualTo(75);
        JsonNode system = json(result).get("system");
        assertThat(system.get(1).get("status").asString()).isEqualTo("degraded");
        assertThat(system.get(0).get("status").asString()).isEqualTo("unhealthy");
    }

    @Test
    void theHistoryRefusesBadRangesAndIsForSuperAdminsOnly() throws Exception {
        Club club = club();
        String from = base.toString();
        assertThat(status(get(null, "/api/admin/system/health/history"))).isEqualTo(401);
        assertThat(status(get(club.admin(), "/api/admin/system/health/history"))).isEqualTo(403);
        assertThat(status(get(club.admin(), "/api/admin/system/health"))).isEqualTo(403);
        assertThat(status(get(superAdmin(), "/api/admin/system/health"))).isIn(200, 204);
        assertThat(status(get(superAdmin(), "/api/admin/system/health/history"))).isEqualTo(200);
        assertBad("/api/admin/system/health/history?bucket=PT10S", "bucket");
        assertBad("/api/admin/system/health/history?bucket=often", "bucket");
        assertBad("/api/admin/system/health/history?from=" + base.plusSeconds(60) + "&to=" + from, "from");
        assertBad("/api/admin/system/health/history?from=" + base.minus(Duration.ofDays(40)) + "&to=" + from, "to");
        assertBad("/api/admin/system/health/history?from=" + base.minus(Duration.ofDays(30)) + "&to=" + from
                + "&bucket=PT1M", "bucket");
        assertThat(status(get(superAdmin(), "/api/admin/system/health/history?from=yesterday"))).isEqualTo(400);
        assertThat(status(get(superAdmin(), "/api/admin/system/health/history?service=" + prefix + "-nothing")))
                .isEqualTo(404);
    }

    private void assertBad(String url, String field) throws Exception {
        MvcResult result = get(superAdmin(), url);
        assertThat(status(result)).as(url).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains(field);
        assertThat(result.getResponse().getContentType()).contains("problem+json");
    }
}
