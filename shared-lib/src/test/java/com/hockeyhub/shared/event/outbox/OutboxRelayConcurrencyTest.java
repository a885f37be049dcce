package com.hockeyhub.shared.event.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.shared.event.EventMetrics;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.nats.JetStreamSetup;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.testapp.events.TestEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Several replicas relay the same outbox at once: every row is claimed and sent by exactly one of them. */
@IntegrationTest
class OutboxRelayConcurrencyTest {

    private static final String BULK = "test.bulk";
    private static final int EVENTS = 600;

    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Connection connection;
    @Autowired
    JetStreamSetup setup;
    @Autowired
    EventProperties properties;
    @Autowired
    MeterRegistry meters;

    @Test
    void replicasRelayingSideBySideSendEachRowOnce() throws Exception {
        List<MeterRegistry> replicaMeters = List.of(new SimpleMeterRegistry(), new SimpleMeterRegistry());
        List<OutboxRelay> replicas = replicaMeters.stream()
                .map(registry -> new OutboxRelay(jdbc, transactions, connection, setup, properties,
                        new EventMetrics(registry)))
                .toList();
        double before = published(meters);

        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < EVENTS; i++) {
                publisher.publish(BULK, null, new TestEvents.Ping("bulk", i));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (OutboxRelay replica : replicas) {
                running.add(pool.submit(() -> {
                    while (pendingBulk() > 0) {
                        replica.relayBatch();
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingBulk() == 0);

        double sent = published(meters) - before + replicaMeters.stream().mapToDouble(this::published).sum();
        assertThat(sent).isEqualTo(EVENTS);
    }

    private int pendingBulk() {
        return jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = ? AND sent_at IS NULL",
                Integer.class, BULK);
    }

    private double published(MeterRegistry registry) {
        var counter = registry.find("hockeyhub.events.published").tag("type", BULK).counter();
        return counter == null ? 0 : counter.count();
    }
}
