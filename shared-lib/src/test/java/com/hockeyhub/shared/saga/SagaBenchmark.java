package com.hockeyhub.shared.saga;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.saga.SagaTestKit;
import com.hockeyhub.shared.test.saga.SimulatedCrash;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saga engine numbers for docs/performance.md ("sagas"): throughput of a 5-step saga with local steps and the time
 * from a crash to the recovered saga finishing. Excluded from the default run; see docs/performance.md for the command.
 */
@Tag("bench")
@IntegrationTest
class SagaBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    record Payload(String reference, int amount) {
    }

    @Test
    void fiveStepLocalSagaThroughputAndCrashRecovery() throws Exception {
        try (SagaTestKit kit = SagaTestKit.of(context)) {
            SagaDefinition<Payload> saga = fiveLocalSteps("bench-" + UUID.randomUUID().toString().substring(0, 8));
            SagaEngine engine = kit.engine();

            for (int i = 0; i < 100; i++) {
                engine.run(saga, new Payload("warm-" + i, i));
            }

            int sequential = 1000;
            long start = System.nanoTime();
            for (int i = 0; i < sequential; i++) {
                assertThat(engine.run(saga, new Payload("seq-" + i, i)).status()).isEqualTo(SagaStatus.COMPLETED);
            }
            double sequentialSeconds = (System.nanoTime() - start) / 1e9;

            int threads = 4;
            int concurrent = 1000;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<SagaOutcome<Payload>>> futures = new ArrayList<>();
            start = System.nanoTime();
            for (int i = 0; i < concurrent; i++) {
                int n = i;
                futures.add(pool.submit(() -> engine.run(saga, new Payload("par-" + n, n))));
            }
            for (Future<SagaOutcome<Payload>> future : futures) {
                assertThat(future.get().status()).isEqualTo(SagaStatus.COMPLETED);
            }
            double concurrentSeconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();

            // crash after step 3 of 5, then a second instance recovers
            SagaEngine crashing = kit.newEngine(kit.clock(), SagaTestKit.crashAfter("s2"));
            int crashed = 200;
            for (int i = 0; i < crashed; i++) {
                try {
                    crashing.run(saga, new Payload("crash-" + i, i));
                } catch (SimulatedCrash expected) {
                    // abandoned mid-saga, as intended
                }
            }
            SagaEngine recovering = kit.newEngine(kit.clock());
            recovering.registry().register(saga);
            kit.expireLeases();
            start = System.nanoTime();
            int recovered = recovering.recoverDue();
            double recoverySeconds = (System.nanoTime() - start) / 1e9;
            assertThat(recovered).isEqualTo(crashed);

            long[] single = new long[21];
            for (int i = 0; i < single.length; i++) {
                try {
                    crashing.run(saga, new Payload("one-" + i, i));
                } catch (SimulatedCrash expected) {
                    // abandoned mid-saga, as intended
                }
                kit.expireLeases();
                long t = System.nanoTime();
                assertThat(recovering.recoverDue()).isEqualTo(1);
                single[i] = System.nanoTime() - t;
            }
            Arrays.sort(single);
            SagaProperties defaults = new SagaProperties();

            System.out.printf("%n=== saga benchmark (5 local steps, each inserting a row; PostgreSQL on localhost) ===%n");
            System.out.printf("sequential, 1 thread : %5d sagas in %6.2f s = %7.1f sagas/s (%.2f ms per saga)%n",
                    sequential, sequentialSeconds, sequential / sequentialSeconds, sequentialSeconds * 1000 / sequential);
            System.out.printf("concurrent, %d threads: %5d sagas in %6.2f s = %7.1f sagas/s%n", threads, concurrent,
                    concurrentSeconds, concurrent / concurrentSeconds);
            System.out.printf("recovery of %d sagas crashed after step 3: %.2f s = %.1f sagas/s (claim + steps 4-5)%n",
                    crashed, recoverySeconds, crashed / recoverySeconds);
            System.out.printf("one crashed saga, claim to COMPLETED: median %.1f ms, max %.1f ms%n",
                    single[single.length / 2] / 1e6, single[single.length - 1] / 1e6);
            Duration worst = defaults.getStepTimeout().plus(defaults.getLease()).plus(defaults.getRecovery().getInterval());
            System.out.printf("crash to recovery start with defaults: at most step timeout %s + lease %s + recovery interval %s = %s%n",
                    defaults.getStepTimeout(), defaults.getLease(), defaults.getRecovery().getInterval(), worst);
        }
    }

    private SagaDefinition<Payload> fiveLocalSteps(String name) {
        SagaDefinition.Builder<Payload> builder = SagaDefinition.named(name, Payload.class);
        for (int i = 0; i < 5; i++) {
            String step = "s" + i;
            SagaDefinition.StepBuilder<Payload> b = builder.step(step)
                    .action(ctx -> jdbc.update("INSERT INTO saga_demo_effect (saga_id, step, kind) VALUES (?, ?, 'action')",
                            ctx.sagaId(), ctx.stepName()));
            if (i < 4) {
                b.compensation(ctx -> jdbc.update("DELETE FROM saga_demo_effect WHERE saga_id = ? AND step = ?",
                        ctx.sagaId(), ctx.stepName()));
            } else {
                b.nonCompensable();
            }
        }
        return builder.build();
    }
}
