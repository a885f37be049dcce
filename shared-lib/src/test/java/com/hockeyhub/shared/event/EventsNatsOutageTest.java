package com.hockeyhub.shared.event;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.hockeyhub.shared.FoundationTestApplication;
import com.hockeyhub.shared.event.nats.NatsHealthIndicator;
import com.hockeyhub.shared.test.HockeyHubTestContextCustomizerFactory;
import com.hockeyhub.shared.test.TestDatabase;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.test.TestPorts;
import com.hockeyhub.shared.testapp.events.EventTestService;
import com.hockeyhub.shared.testapp.events.TestEvents;
import io.nats.client.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A NATS outage: the application runs against a private nats-server that this test stops and starts again.
 * Writes made meanwhile succeed, and every event reaches its handler exactly once after NATS returns.
 * (Its own application and database, because it needs a NATS server of its own.)
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EventsNatsOutageTest {

    private static final String NATS_SERVER = "/usr/sbin/nats-server";
    private static final int WRITES = 200;

    private Process nats;
    private Path storage;

    @Test
    void writesDuringANatsOutageSucceedAndAreDeliveredOnceWhenItReturns() throws Exception {
        int port = TestPorts.free();
        storage = Files.createTempDirectory("hh-nats-outage");
        nats = startNats(port);
        TestDatabase database = TestInfrastructure.get().createDatabase("outage");
        try (ConfigurableApplicationContext app = startApplication(database, port)) {
            EventTestService service = app.getBean(EventTestService.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Connection connection = app.getBean(Connection.class);
            NatsHealthIndicator health = app.getBean(NatsHealthIndicator.class);

            String warmUp = "warm-" + UUID.randomUUID();
            service.publish(TestEvents.PING, null, new TestEvents.Ping(warmUp, 0));
            await().atMost(Duration.ofSeconds(30)).until(() -> service.receipts(warmUp) == 1);

            stopNats();
            await().atMost(Duration.ofSeconds(10)).until(() -> connection.getStatus() != Connection.Status.CONNECTED);
            assertThat(health.health(false).getStatus()).isEqualTo(Status.DOWN);

            String batch = "outage-" + UUID.randomUUID() + "-";
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                ids.add(service.publish(TestEvents.PING, null, new TestEvents.Ping(batch + i, i)).id());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(WRITES);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE sent_at IS NULL",
                    Integer.class)).isEqualTo(WRITES);

            nats = startNats(port);
            long restarted = System.nanoTime();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                    jdbc.queryForObject("SELECT count(*) FROM event_test_receipts WHERE marker LIKE ?",
                            Integer.class, batch + "%") >= WRITES);
            System.out.printf("NATS outage: %d events delivered %d ms after nats-server was restarted%n", WRITES,
                    (System.nanoTime() - restarted) / 1_000_000);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM hockeyhub_outbox WHERE sent_at IS NULL", Integer.class) == 0);
            assertThat(health.health(false).getStatus()).isEqualTo(Status.UP);

            Map<String, Object> received = jdbc.queryForMap("SELECT count(*) AS total, count(DISTINCT event_id) "
                    + "AS distinct_events FROM event_test_receipts WHERE marker LIKE ?", batch + "%");
            assertThat(received).containsEntry("total", (long) WRITES).containsEntry("distinct_events", (long) WRITES);
            List<UUID> handled = jdbc.queryForList("SELECT event_id FROM event_test_receipts WHERE marker LIKE ?",
                    UUID.class, batch + "%");
            assertThat(handled).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void anApplicationStartsWithoutNatsAndCatchesUpWhenItArrives() throws Exception {
        int port = TestPorts.free();
        storage = Files.createTempDirectory("hh-nats-late");
        TestDatabase database = TestInfrastructure.get().createDatabase("late_nats");
        try (ConfigurableApplicationContext app = startApplication(database, port)) {
            EventTestService service = app.getBean(EventTestService.class);
            assertThat(app.getBean(Connection.class).getStatus()).isNotEqualTo(Connection.Status.CONNECTED);

            String batch = "late-" + UUID.randomUUID() + "-";
            for (int i = 0; i < 20; i++) {
                service.publish(TestEvents.PING, null, new TestEvents.Ping(batch + i, i));
            }
            QueryBus queries = app.getBean(QueryBus.class);
            QueryBus.Registration echo = queries.respond("late-echo", String.class, text -> text + "!");
            assertThatThrownBy(() -> queries.request("late-echo", "hi", String.class, Duration.ofMillis(200)))
                    .isInstanceOf(QueryException.NoResponder.class);
            nats = startNats(port);

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    jdbc.queryForObject("SELECT count(DISTINCT event_id) FROM event_test_receipts WHERE marker LIKE ?",
                            Integer.class, batch + "%") == 20);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM event_test_receipts WHERE marker LIKE ?",
                    Integer.class, batch + "%")).isEqualTo(20);

            // the responder registered before NATS existed answers once it is connected
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                    "hi!".equals(queries.request("late-echo", "hi", String.class, Duration.ofSeconds(1))));
            echo.close();
            assertThatThrownBy(() -> queries.request("late-echo", "hi", String.class, Duration.ofMillis(500)))
                    .isInstanceOf(QueryException.class);
        }
    }

    @AfterEach
    void cleanUp() throws IOException {
        stopNats();
        if (storage != null) {
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private ConfigurableApplicationContext startApplication(TestDatabase database, int natsPort) {
        Map<String, Object> properties = new LinkedHashMap<>(HockeyHubTestContextCustomizerFactory.testProperties());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("hockeyhub.nats.url", "nats://127.0.0.1:" + natsPort);
        properties.put("hockeyhub.nats.reconnect-wait", "200ms");
        properties.put("server.port", "0");
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(FoundationTestApplication.class).run(args.toArray(String[]::new));
    }

    private Process startNats(int port) throws Exception {
        Process process = new ProcessBuilder(NATS_SERVER, "-a", "127.0.0.1", "-p", Integer.toString(port), "-js",
                "-sd", storage.toString())
                .redirectErrorStream(true)
                .redirectOutput(storage.resolve("nats-server.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(15)).until(() -> accepts(port));
        return process;
    }

    private void stopNats() {
        if (nats != null && nats.isAlive()) {
            nats.destroy();
            try {
                nats.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
