package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.retry.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.client.RemoteServiceUnavailableException;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.saga.SagaJournal;
import com.hockeyhub.shared.test.saga.SagaRun;
import com.hockeyhub.shared.test.saga.SagaTestKit;
import com.hockeyhub.shared.test.saga.ScriptedStep;
import com.hockeyhub.shared.testapp.TestRecord;
import com.hockeyhub.shared.testapp.TestRecordRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SagaEngineTest {

    static final Backoff FAST = Backoff.exponential(Duration.ofMillis(100));

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestRecordRepository records;

    SagaTestKit kit;
    SagaJournal journal;

    record Order(String reference) {
    }

    @BeforeEach
    void setUp() {
        kit = SagaTestKit.of(context);
        journal = new SagaJournal();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void happyPathRunsEveryStepOnceInOrderWithIdempotencyKeys() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("happy"), Order.class)
                .step("reserve").action(ok()).compensation(ok())
                .step("charge").action(ok()).compensation(ok())
                .step("confirm").action(ok()).nonCompensable()
                .build();

        SagaRun run = kit.run(saga, new Order("A-1"));

        run.assertStatus(SagaStatus.COMPLETED).assertSteps("FORWARD reserve SUCCEEDED #1", "FORWARD charge SUCCEEDED #1",
                "FORWARD confirm SUCCEEDED #1");
        assertThat(journal.succeeded(run.id())).containsExactly("action:reserve", "action:charge", "action:confirm");
        assertThat(journal.entries(run.id())).extracting(SagaJournal.Entry::idempotencyKey)
                .containsExactly(run.id() + ":reserve", run.id() + ":charge", run.id() + ":confirm");
        assertThat(effects(run.id(), "action")).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT finished_at IS NOT NULL AND deadline IS NULL AND locked_by IS NULL "
                + "FROM saga_instance WHERE id = ?", Boolean.class, run.id())).isTrue();
        assertThat(run.dataJson()).contains("\"reference\": \"A-1\"");
    }

    @ParameterizedTest(name = "business failure at step {0} compensates exactly the steps before it, in reverse")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void businessFailureAtEachPositionCompensatesCompletedStepsInReverseOrder(int failing) {
        SagaDefinition<Order> saga = fiveSteps("reject-at-" + failing, failing, ScriptedStep.rejects(journal));

        SagaRun run = kit.run(saga, new Order("B-" + failing));

        run.assertStatus(SagaStatus.COMPENSATED);
        List<String> expected = new ArrayList<>();
        List<String> expectedLog = new ArrayList<>();
        for (int i = 0; i < failing; i++) {
            expected.add("action:s" + i);
            expectedLog.add("FORWARD s" + i + " SUCCEEDED #1");
        }
        expectedLog.add("FORWARD s" + failing + " REJECTED #1");
        for (int i = failing - 1; i >= 0; i--) {
            expected.add("compensation:s" + i);
            expectedLog.add("COMPENSATE s" + i + " SUCCEEDED #1");
        }
        assertThat(journal.succeeded(run.id())).containsExactlyElementsOf(expected);
        run.assertSteps(expectedLog.toArray(String[]::new));
        assertThat(effects(run.id(), "action")).isEqualTo(failing);
        assertThat(effects(run.id(), "compensation")).isEqualTo(failing);
        assertThat(run.lastError()).contains("step 's" + failing + "' rejected").contains("scripted refusal");
        assertThat(journal.entries(run.id())).filteredOn(e -> e.kind().equals("compensation"))
                .allSatisfy(e -> assertThat(e.idempotencyKey()).isEqualTo(run.id() + ":" + e.step() + ":compensate"));
    }

    @Test
    void exhaustedTechnicalRetriesCompensateAndTheFailedLocalStepLeavesNoEffect() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("exhausted"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("s1").action(ScriptedStep.<Order>failsAlways(journal).withEffect(this::effect))
                .compensation(ok()).retries(1, FAST)
                .build();

        SagaRun run = kit.run(saga, new Order("C"));

        run.assertStatus(SagaStatus.COMPENSATED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD s1 FAILED #1",
                "FORWARD s1 FAILED #2", "COMPENSATE s0 SUCCEEDED #1");
        assertThat(run.lastError()).contains("step 's1' failed after 2 attempts").contains("scripted failure 2");
        assertThat(journal.succeeded(run.id())).containsExactly("action:s0", "compensation:s0");
    }

    @Test
    void aRetriedStepSucceedsWithoutCompensationAfterExponentialBackOff() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("retry"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("s1").action(ScriptedStep.<Order>failsTimes(journal, 2).withEffect(this::effect))
                .compensation(ok()).retries(3, FAST)
                .step("s2").action(ok())
                .build();
        Instant before = kit.clock().instant();

        SagaRun run = kit.run(saga, new Order("D"));

        run.assertStatus(SagaStatus.COMPLETED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD s1 FAILED #1",
                "FORWARD s1 FAILED #2", "FORWARD s1 SUCCEEDED #3", "FORWARD s2 SUCCEEDED #1");
        assertThat(journal.invocations(run.id())).containsExactly("action:s0#1=succeeded", "action:s1#1=failed",
                "action:s1#2=failed", "action:s1#3=succeeded", "action:s2#1=succeeded");
        // back-off 100 ms then 200 ms, waited on the kit's clock
        assertThat(Duration.between(before, kit.clock().instant())).isEqualTo(Duration.ofMillis(300));
        assertThat(effects(run.id(), "action")).isEqualTo(3);
    }

    @Test
    void aStepTimingOutIsRetriedThenCompensated() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("timeout"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("s1").action(ScriptedStep.<Order>hangsAlways(journal, Duration.ofSeconds(20)).withEffect(this::effect))
                .compensation(ok()).timeout(Duration.ofMillis(300)).retries(1, FAST)
                .build();

        SagaRun run = kit.run(saga, new Order("E"));

        run.assertStatus(SagaStatus.COMPENSATED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD s1 TIMED_OUT #1",
                "FORWARD s1 TIMED_OUT #2", "COMPENSATE s0 SUCCEEDED #1");
        assertThat(run.lastError()).contains("timed out after 300 ms");
        assertThat(effects(run.id(), "action")).isEqualTo(1);
    }

    @Test
    void aStepTimingOutOnceSucceedsOnItsRetry() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("timeout-once"), Order.class)
                .step("s0").action(ScriptedStep.<Order>hangsTimes(journal, 1, Duration.ofSeconds(20)).withEffect(this::effect))
                .compensation(ok()).timeout(Duration.ofMillis(300)).retries(3, FAST)
                .step("s1").action(ok())
                .build();

        SagaRun run = kit.run(saga, new Order("E2"));

        run.assertStatus(SagaStatus.COMPLETED).assertSteps("FORWARD s0 TIMED_OUT #1", "FORWARD s0 SUCCEEDED #2",
                "FORWARD s1 SUCCEEDED #1");
        assertThat(effects(run.id(), "action")).isEqualTo(2);
    }

    @Test
    void aRemoteStepWithUnknownOutcomeIsCompensatedItselfToo() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("remote-timeout"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("remote").remote().action(ScriptedStep.hangsAlways(journal, Duration.ofSeconds(20)))
                .compensation(ok()).timeout(Duration.ofMillis(200)).retries(1, FAST)
                .build();

        SagaRun run = kit.run(saga, new Order("F"));

        run.assertStatus(SagaStatus.COMPENSATED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD remote TIMED_OUT #1",
                "FORWARD remote TIMED_OUT #2", "COMPENSATE remote SUCCEEDED #1", "COMPENSATE s0 SUCCEEDED #1");
    }

    @Test
    void aRemoteStepThatNeverReachedItsParticipantIsNotUndoneThere() {
        // connection refused on every attempt: the participant cannot have acted, so only the local steps are
        // undone — a participant that stays down does not leave the saga FAILED with half a club
        SagaDefinition<Order> saga = SagaDefinition.named(unique("remote-down"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("remote").remote().action(ctx -> {
                    throw new RemoteServiceUnavailableException("payment-service", "ConnectException", null, false);
                })
                .compensation(ok()).retries(1, FAST)
                .build();

        SagaRun run = kit.run(saga, new Order("G"));

        run.assertStatus(SagaStatus.COMPENSATED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD remote FAILED #1",
                "FORWARD remote FAILED #2", "COMPENSATE s0 SUCCEEDED #1");
    }

    @Test
    void aRemoteStepThatReachedItsParticipantOnceIsUndoneThereToo() {
        AtomicInteger calls = new AtomicInteger();
        SagaDefinition<Order> saga = SagaDefinition.named(unique("remote-flaky"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("remote").remote().action(ctx -> {
                    // a read timeout first (the participant may have acted), then the service is gone
                    throw new RemoteServiceUnavailableException("payment-service", "timeout", null,
                            calls.incrementAndGet() == 1);
                })
                .compensation(ok()).retries(1, FAST)
                .build();

        SagaRun run = kit.run(saga, new Order("H"));

        run.assertStatus(SagaStatus.COMPENSATED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD remote FAILED #1",
                "FORWARD remote FAILED #2", "COMPENSATE remote SUCCEEDED #1", "COMPENSATE s0 SUCCEEDED #1");
    }

    @Test
    void aCompensationFailingTwiceThenSucceedingEndsCompensated() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("comp-retry"), Order.class)
                .step("s0").action(ok())
                .compensation(ScriptedStep.<Order>failsTimes(journal, 2).withEffect(this::effect))
                .compensationRetries(3, FAST)
                .step("s1").action(ScriptedStep.rejects(journal))
                .build();

        SagaRun run = kit.run(saga, new Order("G"));

        run.assertStatus(SagaStatus.COMPENSATED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD s1 REJECTED #1",
                "COMPENSATE s0 FAILED #1", "COMPENSATE s0 FAILED #2", "COMPENSATE s0 SUCCEEDED #3");
        assertThat(effects(run.id(), "compensation")).isEqualTo(1);
    }

    @Test
    void aCompensationThatNeverSucceedsLeavesTheSagaFailedWithItsError() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("comp-fails"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("s1").action(ok()).compensation(ScriptedStep.failsAlways(journal)).compensationRetries(2, FAST)
                .step("s2").action(ScriptedStep.rejects(journal))
                .build();

        SagaRun run = kit.run(saga, new Order("H"));

        run.assertStatus(SagaStatus.FAILED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD s1 SUCCEEDED #1",
                "FORWARD s2 REJECTED #1", "COMPENSATE s1 FAILED #1", "COMPENSATE s1 FAILED #2", "COMPENSATE s1 FAILED #3");
        assertThat(run.lastError()).contains("compensation of step 's1' failed after 3 attempts")
                .contains("scripted failure 3");
        // s0 is not compensated behind the failed compensation: an operator decides
        assertThat(journal.succeeded(run.id())).containsExactly("action:s0", "action:s1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_instance WHERE id = ? AND status = 'FAILED' "
                + "AND finished_at IS NOT NULL AND deadline IS NULL", Integer.class, run.id())).isEqualTo(1);
    }

    @Test
    void aCrashedSagaIsFinishedByASecondInstanceWithEachStepRunExactlyOnce() {
        SagaDefinition<Order> saga = fiveSteps("crash", -1, null);

        SagaRun crashed = kit.runUntilCrashAfter("s2", saga, new Order("I"));

        crashed.assertStatus(SagaStatus.RUNNING);
        assertThat(crashed.currentStep()).isEqualTo(3);
        SagaEngine second = kit.engine();
        second.registry().register(saga);
        assertThat(second.recoverDue()).as("the lease of the crashed instance has not expired yet").isZero();
        SagaEngine stranger = kit.newEngine(kit.clock());
        kit.expireLeases();
        assertThat(stranger.recoverDue()).as("an instance that does not know the saga type leaves it alone").isZero();

        assertThat(second.recoverDue()).isEqualTo(1);

        crashed.assertStatus(SagaStatus.COMPLETED);
        for (int i = 0; i < 5; i++) {
            assertThat(journal.count(crashed.id(), "action", "s" + i, "succeeded")).as("s" + i).isEqualTo(1);
            assertThat(effects(crashed.id(), "s" + i, "action")).as("s" + i).isEqualTo(1);
        }
        crashed.assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD s1 SUCCEEDED #1", "FORWARD s2 SUCCEEDED #1",
                "FORWARD s3 SUCCEEDED #1", "FORWARD s4 SUCCEEDED #1");
        assertThat(second.recoverDue()).isZero();
    }

    @Test
    void anEngineWhoseLeaseWasTakenOverCannotCommitItsStep() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Set<UUID> blockedOnce = ConcurrentHashMap.newKeySet();
        SagaAction<Order> slow = ctx -> {
            if (blockedOnce.add(ctx.sagaId())) {
                entered.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
            effect(ctx);
        };
        SagaDefinition<Order> saga = SagaDefinition.named(unique("zombie"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("slow").action(slow).compensation(ok()).timeout(Duration.ofSeconds(60))
                .step("s2").action(ok())
                .build();
        SagaEngine zombie = kit.newEngine(kit.clock().copy());
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<SagaOutcome<Order>> zombieRun = thread.submit(() -> zombie.run(saga, new Order("J")));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            UUID id = jdbc.queryForObject("SELECT id FROM saga_instance WHERE saga_type = ?", UUID.class, saga.name());
            kit.clock().advance(Duration.ofMinutes(5));
            kit.engine().registry().register(saga);

            assertThat(kit.engine().recoverDue()).isEqualTo(1);
            kit.saga(id).assertStatus(SagaStatus.COMPLETED);
            release.countDown();
            SagaOutcome<Order> zombieOutcome = zombieRun.get(30, TimeUnit.SECONDS);

            assertThat(zombieOutcome.status()).isNotEqualTo(SagaStatus.COMPLETED);
            kit.saga(id).assertStatus(SagaStatus.COMPLETED).assertSteps("FORWARD s0 SUCCEEDED #1",
                    "FORWARD slow SUCCEEDED #1", "FORWARD s2 SUCCEEDED #1");
            assertThat(effects(id, "slow", "action")).as("the zombie's effect was rolled back").isEqualTo(1);
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    void twoRecoveryWorkersRacingOverFiftyStuckSagasRunEachExactlyOnce() throws Exception {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("race"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("s1").action(ok()).compensation(ok())
                .step("s2").action(ok())
                .build();
        SagaEngine crashing = kit.newEngine(kit.clock(), SagaTestKit.crashAfter("s0"));
        List<UUID> stuck = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            try {
                crashing.run(saga, new Order("R-" + i));
            } catch (com.hockeyhub.shared.test.saga.SimulatedCrash crash) {
                stuck.add(crash.sagaId());
            }
        }
        assertThat(stuck).hasSize(50);
        kit.expireLeases();
        Set<UUID> byFirst = ConcurrentHashMap.newKeySet();
        Set<UUID> bySecond = ConcurrentHashMap.newKeySet();
        SagaEngine first = kit.newEngine(kit.clock(), recorder(byFirst));
        SagaEngine second = kit.newEngine(kit.clock(), recorder(bySecond));
        first.registry().register(saga);
        second.registry().register(saga);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = workers.submit(() -> {
                go.await();
                return first.recoverDue();
            });
            Future<Integer> b = workers.submit(() -> {
                go.await();
                return second.recoverDue();
            });
            go.countDown();
            int claimed = a.get(120, TimeUnit.SECONDS) + b.get(120, TimeUnit.SECONDS);

            assertThat(claimed).isEqualTo(50);
            assertThat(byFirst).doesNotContainAnyElementsOf(bySecond);
            assertThat(union(byFirst, bySecond)).containsExactlyInAnyOrderElementsOf(stuck);
            for (UUID id : stuck) {
                kit.saga(id).assertStatus(SagaStatus.COMPLETED);
                for (String step : List.of("s0", "s1", "s2")) {
                    assertThat(effects(id, step, "action")).as(id + " " + step).isEqualTo(1);
                    assertThat(journal.count(id, "action", step, "succeeded")).as(id + " " + step).isEqualTo(1);
                }
            }
            System.out.printf("recovery race: first instance ran %d sagas, second %d%n", byFirst.size(), bySecond.size());
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aLongBackOffParksTheSagaUntilTheRecoveryJobResumesIt() {
        kit.properties().setMaxInlineBackoff(Duration.ofSeconds(1));
        SagaDefinition<Order> saga = SagaDefinition.named(unique("parked"), Order.class)
                .step("s0").action(ScriptedStep.<Order>failsTimes(journal, 1).withEffect(this::effect))
                .retries(1, Backoff.exponential(Duration.ofMinutes(2)))
                .step("s1").action(ok())
                .build();
        SagaEngine engine = kit.engine();

        SagaRun run = kit.run(saga, new Order("K"));

        run.assertStatus(SagaStatus.STARTED).assertSteps("FORWARD s0 FAILED #1");
        assertThat(engine.recoverDue()).as("not due before the back-off").isZero();
        kit.clock().advance(Duration.ofMinutes(2));
        assertThat(engine.recoverDue()).isEqualTo(1);
        run.assertStatus(SagaStatus.COMPLETED).assertSteps("FORWARD s0 FAILED #1", "FORWARD s0 SUCCEEDED #2",
                "FORWARD s1 SUCCEEDED #1");
    }

    @Test
    void startInsideATransactionRunsAfterCommitAndNotAtAllAfterRollback() throws Exception {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("tx"), Order.class)
                .step("s0").action(ok()).compensation(ok())
                .step("s1").action(ok())
                .build();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        UUID committed = tx.execute(status -> kit.engine().start(saga, new Order("L")));
        UUID rolledBack = tx.execute(status -> {
            UUID id = kit.engine().start(saga, new Order("M"));
            status.setRollbackOnly();
            return id;
        });

        awaitTerminal(committed);
        kit.saga(committed).assertStatus(SagaStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_instance WHERE id = ?", Integer.class, rolledBack))
                .isZero();
        assertThat(journal.entries(rolledBack)).isEmpty();
    }

    @Test
    void runInsideATransactionIsRefused() {
        SagaDefinition<Order> saga = SagaDefinition.named(unique("tx-run"), Order.class).step("s0").action(ok()).build();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(
                status -> kit.engine().run(saga, new Order("N"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
    }

    record RecordData(UUID organizationId, UUID recordId) {
    }

    @Test
    void jpaEffectsOfLocalStepsCommitAndRollBackWithTheSagaState() {
        UUID org = UUID.randomUUID();
        SagaDefinition<RecordData> saga = SagaDefinition.named(unique("jpa"), RecordData.class)
                .step("save-record")
                .action(ctx -> ctx.setData(new RecordData(org, records.save(new TestRecord(org, "kept", 1)).getId())))
                .compensation(ctx -> records.deleteById(ctx.data().recordId()))
                .step("save-invalid").action(ctx -> records.save(new TestRecord(org, "invalid", 11))).retries(1, FAST)
                .build();

        SagaRun run = kit.run(saga, new RecordData(org, null));

        run.assertStatus(SagaStatus.COMPENSATED).assertSteps("FORWARD save-record SUCCEEDED #1",
                "FORWARD save-invalid FAILED #1", "FORWARD save-invalid FAILED #2", "COMPENSATE save-record SUCCEEDED #1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM test_records WHERE organization_id = ? AND name = 'kept' "
                + "AND deleted_at IS NOT NULL", Integer.class, org)).as("saved, then soft-deleted by the compensation")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM test_records WHERE organization_id = ? AND name = 'invalid'",
                Integer.class, org)).isZero();
        assertThat(run.dataJson()).contains("recordId");
    }

    @Test
    void aSagaResumesWithTheDefinitionVersionItStartedWith() {
        String name = unique("versioned");
        SagaDefinition<Order> v1 = SagaDefinition.named(name, Order.class).version(1)
                .step("s0").action(ok()).compensation(ok())
                .step("s1").action(ok()).compensation(ok())
                .step("v1-only").action(ok())
                .build();
        SagaDefinition<Order> v2 = SagaDefinition.named(name, Order.class).version(2)
                .step("s0").action(ok()).compensation(ok())
                .step("v2-only").action(ok())
                .build();
        SagaRun crashed = kit.runUntilCrashAfter("s0", v1, new Order("V"));
        SagaEngine upgraded = kit.engine();
        upgraded.registry().register(v2);
        kit.expireLeases();

        upgraded.recoverDue();
        crashed.assertStatus(SagaStatus.RUNNING);

        upgraded.registry().register(v1);
        kit.expireLeases();
        assertThat(upgraded.recoverDue()).isEqualTo(1);
        crashed.assertStatus(SagaStatus.COMPLETED).assertSteps("FORWARD s0 SUCCEEDED #1", "FORWARD s1 SUCCEEDED #1",
                "FORWARD v1-only SUCCEEDED #1");
        assertThat(jdbc.queryForObject("SELECT definition_version FROM saga_instance WHERE id = ?", Integer.class,
                crashed.id())).isEqualTo(1);
    }

    private SagaDefinition<Order> fiveSteps(String name, int failing, ScriptedStep<Order> failure) {
        SagaDefinition.Builder<Order> builder = SagaDefinition.named(unique(name), Order.class);
        for (int i = 0; i < 5; i++) {
            SagaDefinition.StepBuilder<Order> step = builder.step("s" + i).action(i == failing ? failure : ok());
            if (i < 4) {
                step.compensation(ok());
            } else {
                step.nonCompensable();
            }
        }
        return builder.build();
    }

    private ScriptedStep<Order> ok() {
        return ScriptedStep.<Order>succeeds(journal).withEffect(this::effect);
    }

    private void effect(SagaContext<Order> ctx) {
        jdbc.update("INSERT INTO saga_demo_effect (saga_id, step, kind) VALUES (?, ?, ?)", ctx.sagaId(), ctx.stepName(),
                ctx.isCompensation() ? "compensation" : "action");
    }

    private int effects(UUID sagaId, String kind) {
        return jdbc.queryForObject("SELECT count(*) FROM saga_demo_effect WHERE saga_id = ? AND kind = ?", Integer.class,
                sagaId, kind);
    }

    private int effects(UUID sagaId, String step, String kind) {
        return jdbc.queryForObject("SELECT count(*) FROM saga_demo_effect WHERE saga_id = ? AND step = ? AND kind = ?",
                Integer.class, sagaId, step, kind);
    }

    private static SagaListener recorder(Set<UUID> ran) {
        return new SagaListener() {
            @Override
            public void onStepSucceeded(SagaStepEvent event) {
                ran.add(event.sagaId());
            }
        };
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private void awaitTerminal(UUID id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            String status = jdbc.queryForObject("SELECT status FROM saga_instance WHERE id = ?", String.class, id);
            if (SagaStatus.valueOf(status).isTerminal()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("saga " + id + " did not finish");
    }

    private static String unique(String name) {
        return "t-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
