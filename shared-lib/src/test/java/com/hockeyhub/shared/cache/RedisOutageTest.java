package com.hockeyhub.shared.cache;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.test.HockeyHubTestContextCustomizerFactory;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.test.TestPorts;
import com.hockeyhub.shared.testapp.cache.CatalogItem;
import com.hockeyhub.shared.testapp.cache.CatalogService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cache against a private redis-server that the test stops and starts again: requests keep being served from
 * the database while it is down (counted as errors), health says DEGRADED while readiness stays UP, and caching
 * resumes by itself when Redis is back. A small application of its own, so the shared test context never sees a
 * dead Redis.
 */
class RedisOutageTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(CatalogService.class)
    static class OutageApp {
    }

    private static int redisPort;
    private static Process redis;
    private static Path redisDir;
    private static ConfigurableApplicationContext app;
    private static RestClient http;

    @BeforeAll
    static void start() throws Exception {
        redisPort = TestPorts.free();
        redisDir = Files.createTempDirectory("hh-redis-outage");
        startRedis();
        Map<String, Object> properties = new LinkedHashMap<>(HockeyHubTestContextCustomizerFactory.testProperties());
        properties.put("spring.data.redis.url", "redis://127.0.0.1:" + redisPort);
        properties.put("spring.data.redis.timeout", "500ms");
        properties.put("hockeyhub.cache.key-prefix", "hh:outage-" + TestInfrastructure.get().runId() + ":");
        properties.put("hockeyhub.cache.retry-interval", "200ms");
        properties.put("hockeyhub.cache.warm", "");
        properties.put("server.port", "0");
        properties.put("spring.application.name", "outage-test");
        properties.put("management.endpoint.health.show-details", "always");
        List<String> args = new ArrayList<>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        app = new SpringApplicationBuilder(OutageApp.class).run(args.toArray(String[]::new));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        http = RestClient.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        stopRedis();
    }

    @Test
    void readsSucceedWhileRedisIsDownAndCachingResumesWhenItReturns() throws Exception {
        CatalogService catalog = app.getBean(CatalogService.class);
        CacheStatistics statistics = app.getBean(CacheStatistics.class);
        RedisGuard guard = app.getBean(RedisGuard.class);
        CacheTagInvalidator invalidator = app.getBean(CacheTagInvalidator.class);
        UUID org = UUID.randomUUID();
        CatalogItem item = catalog.create(org, "Outage", BigDecimal.ONE);
        CatalogItem other = catalog.create(org, "Outage 2", BigDecimal.ONE);

        catalog.item(item.id());
        catalog.item(other.id());
        catalog.item(item.id());
        assertThat(catalog.loads(item.id())).isEqualTo(1);
        assertThat(status("/actuator/health", "redis")).isEqualTo("UP");

        stopRedis();
        long errorsBefore = statistics.forCache("tc-items").errors();
        for (int i = 0; i < 5; i++) {
            assertThat(catalog.item(item.id())).isEqualTo(item);
        }
        assertThat(catalog.loads(item.id())).isEqualTo(6);
        assertThat(statistics.forCache("tc-items").errors()).isGreaterThan(errorsBefore);
        assertThat(guard.isOpen()).isTrue();
        // a write while Redis is down: its invalidation cannot be applied now, it must not be lost
        catalog.updateName(other.id(), "Renamed during outage");
        invalidator.invalidate(CacheTag.user(other.id()));

        assertThat(status("/actuator/health", null)).isEqualTo("DEGRADED");
        assertThat(status("/actuator/health", "redis")).isEqualTo("DEGRADED");
        assertThat(status("/actuator/health", "db")).isEqualTo("UP");
        assertThat(status("/actuator/health/readiness", null)).isEqualTo("UP");

        startRedis();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            catalog.item(item.id());
            return !guard.isOpen();
        });
        int loadsAfterRecovery = catalog.loads(item.id());
        catalog.item(item.id());
        catalog.item(item.id());
        assertThat(catalog.loads(item.id())).isEqualTo(loadsAfterRecovery);
        // the entry that missed its invalidation during the outage was cleared on recovery
        assertThat(catalog.item(other.id()).name()).isEqualTo("Renamed during outage");
        assertThat(status("/actuator/health", null)).isEqualTo("UP");
    }

    /**
     * A Redis that accepts commands but never answers (process stopped with SIGSTOP): the read that meets it waits for
     * the command timeout on the shared cache connection, fails, and is served from the database; later reads bypass
     * the cache until Redis answers again.
     */
    @Test
    void aHungRedisCostsOneCommandTimeoutAndIsBypassed() throws Exception {
        CatalogService catalog = app.getBean(CatalogService.class);
        RedisGuard guard = app.getBean(RedisGuard.class);
        CatalogItem item = catalog.create(UUID.randomUUID(), "Hung", BigDecimal.ONE);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            catalog.item(item.id());
            return !guard.isOpen(); // caching is on (the other test may have left Redis just restarted)
        });
        catalog.item(item.id());
        int loads = catalog.loads(item.id());

        signalRedis("STOP");
        try {
            assertThat(catalog.item(item.id())).isEqualTo(item);
            assertThat(catalog.loads(item.id())).isEqualTo(loads + 1);
            assertThat(guard.isOpen()).isTrue();
            assertThat(guard.lastError()).contains("RedisCommandTimeoutException");
            long errors = guard.errors();
            assertThat(catalog.item(item.id())).isEqualTo(item);
            assertThat(catalog.loads(item.id())).isEqualTo(loads + 2);
            assertThat(guard.errors()).as("bypassed: no second timeout").isEqualTo(errors);
        } finally {
            signalRedis("CONT");
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            catalog.item(item.id());
            return !guard.isOpen();
        });
    }

    private static void signalRedis(String signal) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(redis.pid())).start().waitFor()).isZero();
    }

    /** The status of the health document at path (200 expected: DEGRADED maps to 200), or of one component. */
    private static String status(String path, String component) {
        String body = http.get().uri(path).exchange((request, response) -> {
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            return new String(response.getBody().readAllBytes());
        });
        JsonNode health = JsonMapper.builder().build().readTree(body);
        return component == null ? health.get("status").asString()
                : health.get("components").get(component).get("status").asString();
    }

    private static void startRedis() throws IOException, InterruptedException {
        redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", redisDir.toString())
                .redirectErrorStream(true).redirectOutput(redisDir.resolve("redis.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", redisPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("private redis-server did not start on port " + redisPort);
    }

    private static void stopRedis() {
        if (redis != null) {
            redis.destroy();
            try {
                redis.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            redis = null;
        }
    }
}
