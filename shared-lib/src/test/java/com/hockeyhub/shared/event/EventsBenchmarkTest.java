package com.hockeyhub.shared.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.testapp.events.BenchmarkHandler;
import com.hockeyhub.shared.testapp.events.TestEvents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Throughput and latency of outbox → relay → JetStream → consumer (inbox + handler transaction). Not part of the
 * default run; see docs/performance.md ("events") for the command and the numbers.
 */
@Tag("bench")
@IntegrationTest
class EventsBenchmarkTest {

    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    BenchmarkHandler handler;

    @Test
    void oneEventPerTransaction() throws Exception {
        run("1 event per transaction, 4 writer threads", 2000, 1, 4);
    }

    @Test
    void batchesOfEventsPerTransaction() throws Exception {
        run("50 events per transaction, 2 writer threads", 5000, 50, 2);
    }

    private void run(String scenario, int events, int perTransaction, int threads) throws Exception {
        // warm-up round so JIT, pools and consumers are ready
        publish(200, perTransaction, threads);
        Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        committedAt.putAll(publish(events, perTransaction, threads));
        long written = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> handler.handledAt().keySet().containsAll(committedAt.keySet()));
        long finished = committedAt.keySet().stream().mapToLong(id -> handler.handledAt().get(id)).max().orElseThrow();

        List<Long> latencies = new ArrayList<>(events);
        committedAt.forEach((id, commit) -> latencies.add(handler.handledAt().get(id) - commit));
        Collections.sort(latencies);
        double seconds = (finished - started) / 1e9;
        System.out.printf("%nEVENTS BENCHMARK [%s]: %d events, written in %.2f s (%.0f/s), all handled after %.2f s"
                        + " => %.0f events/s end to end; commit->handled p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                scenario, events, (written - started) / 1e9, events / ((written - started) / 1e9), seconds,
                events / seconds, percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1) / 1e6);
        assertThat(latencies).hasSize(events);
    }

    private Map<UUID, Long> publish(int events, int perTransaction, int threads) throws Exception {
        Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            int transactionsTotal = events / perTransaction;
            for (int t = 0; t < threads; t++) {
                int share = transactionsTotal / threads + (t < transactionsTotal % threads ? 1 : 0);
                work.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        List<UUID> ids = transactions.execute(status -> {
                            List<UUID> written = new ArrayList<>(perTransaction);
                            for (int e = 0; e < perTransaction; e++) {
                                written.add(publisher.publish(BenchmarkHandler.TYPE, null,
                                        new TestEvents.Ping("bench", e)).id());
                            }
                            return written;
                        });
                        long now = System.nanoTime();
                        ids.forEach(id -> committedAt.put(id, now));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return committedAt;
    }

    private static double percentile(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
