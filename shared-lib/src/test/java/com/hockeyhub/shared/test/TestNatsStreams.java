package com.hockeyhub.shared.test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;

/**
 * Every test run gets its own JetStream streams and subject prefixes (several runs share one NATS server);
 * this names them after {@link TestInfrastructure#runId()} and deletes them when the JVM exits, together with
 * leftovers of crashed runs older than a day.
 */
public final class TestNatsStreams {

    private static final String PREFIX = "HH_TEST_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final List<String> streams = new ArrayList<>();
    private static boolean hooked;

    private TestNatsStreams() {
    }

    /** The {@code hockeyhub.events.*} properties of this run. */
    public static synchronized Map<String, Object> properties(TestInfrastructure infra) {
        String runId = infra.runId();
        String stream = PREFIX + runId;
        String dlqStream = stream + "_DLQ";
        if (!hooked) {
            hooked = true;
            streams.add(stream);
            streams.add(dlqStream);
            String url = infra.natsUrl();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> cleanUp(url), "test-nats-cleanup"));
        }
        return Map.of(
                "hockeyhub.events.stream", stream,
                "hockeyhub.events.dlq-stream", dlqStream,
                "hockeyhub.events.subject-prefix", "hhtest." + runId + ".events",
                "hockeyhub.events.dlq-prefix", "hhtest." + runId + ".dlq",
                "hockeyhub.events.query-prefix", "hhtest." + runId + ".query",
                "hockeyhub.events.stream-max-age", "6h",
                "hockeyhub.events.consumer.initial-backoff", "100ms",
                "hockeyhub.events.consumer.max-backoff", "1s",
                "hockeyhub.events.relay.max-backoff", "1s");
    }

    private static void cleanUp(String url) {
        Options options = Options.builder().server(url).connectionTimeout(Duration.ofSeconds(2)).maxReconnects(0)
                .build();
        try (Connection connection = Nats.connect(options)) {
            JetStreamManagement jsm = connection.jetStreamManagement();
            String cutoff = LocalDateTime.now().minusDays(1).format(STAMP);
            List<String> doomed = new ArrayList<>(streams);
            for (String name : jsm.getStreamNames()) {
                if (name.startsWith(PREFIX) && name.length() >= PREFIX.length() + 14
                        && name.substring(PREFIX.length(), PREFIX.length() + 14).compareTo(cutoff) < 0) {
                    doomed.add(name);
                }
            }
            for (String name : doomed) {
                try {
                    jsm.deleteStream(name);
                } catch (Exception ignored) {
                    // already gone
                }
            }
        } catch (Exception e) {
            System.err.println("Could not delete test streams " + streams + ": " + e.getMessage());
        }
    }
}
