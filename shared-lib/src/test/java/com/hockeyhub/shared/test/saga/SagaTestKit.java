package com.hockeyhub.shared.test.saga;

import com.hockeyhub.shared.retry.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.saga.SagaDefinition;
import com.hockeyhub.shared.saga.SagaEngine;
import com.hockeyhub.shared.saga.SagaListener;
import com.hockeyhub.shared.saga.SagaOutcome;
import com.hockeyhub.shared.saga.SagaProperties;
import com.hockeyhub.shared.saga.SagaRegistry;
import com.hockeyhub.shared.saga.SagaSleeper;
import com.hockeyhub.shared.saga.SagaStepEvent;
import com.hockeyhub.shared.saga.SagaStore;
import com.hockeyhub.shared.saga.StepDirection;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs saga definitions against the service's real database with engines the test controls: a {@link MutableClock}
 * (retry back-offs advance it instead of sleeping; leases expire when the test advances it), several engine
 * instances (to prove crash recovery and claiming), and simulated crashes.
 * <pre>
 * try (SagaTestKit kit = SagaTestKit.of(applicationContext)) {
 *     SagaJournal journal = new SagaJournal();
 *     var saga = SagaDefinition.named("demo", Demo.class)
 *         .step("a").action(ScriptedStep.succeeds(journal)).compensation(ScriptedStep.succeeds(journal))
 *         .step("b").action(ScriptedStep.failsTimes(journal, 2)).retries(3, Backoff.exponential(Duration.ofMillis(100)))
 *         .build();
 *     kit.run(saga, new Demo()).assertStatus(SagaStatus.COMPLETED)
 *        .assertSteps("FORWARD a SUCCEEDED #1", "FORWARD b FAILED #1", "FORWARD b FAILED #2", "FORWARD b SUCCEEDED #3");
 * }
 * </pre>
 * Engines created by the kit only claim saga types registered with them, so they never touch the application's
 * own sagas; the kit's clock starts a day ahead of real time so the application's recovery job never finds the
 * kit's sagas due.
 */
public final class SagaTestKit implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final JsonMapper json;
    private final MutableClock clock;
    private final SagaProperties properties;
    private final List<SagaEngine> engines = new ArrayList<>();
    private SagaEngine engine;

    private SagaTestKit(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.json = json;
        this.clock = new MutableClock(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));
        this.properties = new SagaProperties();
        properties.setStepTimeout(Duration.ofSeconds(5));
        properties.setMaxAttempts(3);
        properties.setCompensationMaxAttempts(3);
        properties.setBackoffInitial(Duration.ofMillis(100));
        properties.setLease(Duration.ofSeconds(30));
        properties.setMaxInlineBackoff(Duration.ofMinutes(10));
        properties.getRecovery().setBatchSize(5);
    }

    public static SagaTestKit of(ApplicationContext context) {
        return new SagaTestKit(context.getBean(JdbcTemplate.class), context.getBean(PlatformTransactionManager.class),
                context.getBean(JsonMapper.class));
    }

    public static SagaTestKit of(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper json) {
        return new SagaTestKit(jdbc, transactionManager, json);
    }

    /** The kit's clock; every engine of the kit reads it unless created with its own. */
    public MutableClock clock() {
        return clock;
    }

    /** Engine settings for engines created afterwards (defaults: 5 s timeout, 3 attempts, 100 ms back-off). */
    public SagaProperties properties() {
        return properties;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The kit's default engine (created on first use). */
    public synchronized SagaEngine engine() {
        if (engine == null) {
            engine = newEngine(clock);
        }
        return engine;
    }

    /** A further engine instance (another "process") on the same database, with its own registry. */
    public SagaEngine newEngine(MutableClock engineClock, SagaListener... listeners) {
        SagaProperties copy = copy(properties);
        copy.setInstanceId("test-engine-" + UUID.randomUUID().toString().substring(0, 8));
        SagaSleeper sleeper = engineClock::advance;
        SagaEngine created = new SagaEngine(new SagaStore(jdbc), new SagaRegistry(), transactionManager, json,
                engineClock, sleeper, copy, List.of(listeners));
        synchronized (engines) {
            engines.add(created);
        }
        return created;
    }

    /** Runs the saga to its end on the kit's default engine. */
    public <D> SagaRun run(SagaDefinition<D> definition, D data) {
        return run(engine(), definition, data, null);
    }

    public <D> SagaRun run(SagaEngine on, SagaDefinition<D> definition, D data, UUID organizationId) {
        SagaOutcome<D> outcome = on.run(definition, data, organizationId);
        return new SagaRun(outcome.sagaId(), jdbc);
    }

    public SagaRun saga(UUID sagaId) {
        return new SagaRun(sagaId, jdbc);
    }

    /**
     * Starts the saga on a new engine that "crashes" right after {@code step} commits (forward direction) and
     * returns the abandoned saga; it stays RUNNING until its lease expires and another engine recovers it.
     */
    public <D> SagaRun runUntilCrashAfter(String step, SagaDefinition<D> definition, D data) {
        SagaEngine crashing = newEngine(clock, crashAfter(step));
        try {
            crashing.run(definition, data);
        } catch (SimulatedCrash crash) {
            return new SagaRun(crash.sagaId(), jdbc);
        }
        throw new AssertionError("saga " + definition.name() + " finished without reaching step '" + step + "'");
    }

    /** A listener that crashes the engine right after the named step committed. */
    public static SagaListener crashAfter(String step) {
        return new SagaListener() {
            @Override
            public void onStepSucceeded(SagaStepEvent event) {
                if (event.direction() == StepDirection.FORWARD && event.step().equals(step)) {
                    throw new SimulatedCrash(event.sagaId(), step);
                }
            }
        };
    }

    /** Moves the kit's clock past every lease taken so far, so {@code recoverDue()} finds the abandoned sagas. */
    public void expireLeases() {
        clock.advance(properties.getLease().plus(properties.getStepTimeout()).plus(Duration.ofMinutes(1)));
    }

    @Override
    public void close() {
        synchronized (engines) {
            engines.forEach(SagaEngine::close);
            engines.clear();
        }
    }

    private static SagaProperties copy(SagaProperties source) {
        SagaProperties target = new SagaProperties();
        target.setStepTimeout(source.getStepTimeout());
        target.setMaxAttempts(source.getMaxAttempts());
        target.setCompensationMaxAttempts(source.getCompensationMaxAttempts());
        target.setBackoffInitial(source.getBackoffInitial());
        target.setBackoffMultiplier(source.getBackoffMultiplier());
        target.setBackoffMax(source.getBackoffMax());
        target.setLease(source.getLease());
        target.setMaxInlineBackoff(source.getMaxInlineBackoff());
        target.setConcurrency(source.getConcurrency());
        target.setQueueCapacity(source.getQueueCapacity());
        target.getRecovery().setBatchSize(source.getRecovery().getBatchSize());
        return target;
    }
}
