package com.hockeyhub.shared.test.saga;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.saga.SagaAction;
import com.hockeyhub.shared.saga.SagaBusinessException;
import com.hockeyhub.shared.saga.SagaContext;

/**
 * A step action or compensation that behaves as scripted, per saga instance: succeed, fail (technically) the first
 * N times, fail always, refuse (business failure), or hang past its timeout the first N times. Every invocation is
 * written to the {@link SagaJournal}. An optional {@code effect} runs when the script succeeds (inside the step's
 * transaction for local steps), e.g. to write a row.
 */
public final class ScriptedStep<D> implements SagaAction<D> {

    /** Work done when the script succeeds; may throw. */
    @FunctionalInterface
    public interface Effect<D> {
        void apply(SagaContext<D> context) throws Exception;
    }

    private enum Mode { SUCCEED, FAIL_TIMES, FAIL_ALWAYS, REJECT, HANG_TIMES, HANG_ALWAYS }

    private final SagaJournal journal;
    private final Mode mode;
    private final int times;
    private final Duration hang;
    private final Map<UUID, AtomicInteger> invocations = new ConcurrentHashMap<>();
    private Effect<D> effect = context -> { };

    private ScriptedStep(SagaJournal journal, Mode mode, int times, Duration hang) {
        this.journal = journal;
        this.mode = mode;
        this.times = times;
        this.hang = hang;
    }

    public static <D> ScriptedStep<D> succeeds(SagaJournal journal) {
        return new ScriptedStep<>(journal, Mode.SUCCEED, 0, null);
    }

    /** Technical failure (IllegalStateException) on the first {@code n} invocations per saga, then success. */
    public static <D> ScriptedStep<D> failsTimes(SagaJournal journal, int n) {
        return new ScriptedStep<>(journal, Mode.FAIL_TIMES, n, null);
    }

    public static <D> ScriptedStep<D> failsAlways(SagaJournal journal) {
        return new ScriptedStep<>(journal, Mode.FAIL_ALWAYS, 0, null);
    }

    /** A declared business failure ({@link SagaBusinessException}). */
    public static <D> ScriptedStep<D> rejects(SagaJournal journal) {
        return new ScriptedStep<>(journal, Mode.REJECT, 0, null);
    }

    /** Blocks for {@code hang} (or until interrupted) on the first {@code n} invocations, then succeeds. */
    public static <D> ScriptedStep<D> hangsTimes(SagaJournal journal, int n, Duration hang) {
        return new ScriptedStep<>(journal, Mode.HANG_TIMES, n, hang);
    }

    public static <D> ScriptedStep<D> hangsAlways(SagaJournal journal, Duration hang) {
        return new ScriptedStep<>(journal, Mode.HANG_ALWAYS, 0, hang);
    }

    public ScriptedStep<D> withEffect(Effect<D> effect) {
        this.effect = effect;
        return this;
    }

    /** How often this script was invoked for the saga. */
    public int invocations(UUID sagaId) {
        AtomicInteger count = invocations.get(sagaId);
        return count == null ? 0 : count.get();
    }

    @Override
    public void execute(SagaContext<D> context) throws Exception {
        int n = invocations.computeIfAbsent(context.sagaId(), id -> new AtomicInteger()).incrementAndGet();
        switch (mode) {
            case FAIL_TIMES -> {
                if (n <= times) {
                    fail(context, n);
                }
            }
            case FAIL_ALWAYS -> fail(context, n);
            case REJECT -> {
                record(context, "rejected");
                throw new SagaBusinessException("scripted refusal of " + context.stepName());
            }
            case HANG_TIMES -> {
                if (n <= times) {
                    hang(context);
                }
            }
            case HANG_ALWAYS -> hang(context);
            case SUCCEED -> { }
        }
        effect.apply(context);
        record(context, "succeeded");
    }

    private void fail(SagaContext<D> context, int n) {
        record(context, "failed");
        throw new IllegalStateException("scripted failure " + n + " of " + context.stepName());
    }

    private void hang(SagaContext<D> context) throws InterruptedException {
        record(context, "hung");
        Thread.sleep(hang.toMillis());
        throw new IllegalStateException("scripted hang of " + context.stepName() + " ended without interruption");
    }

    private void record(SagaContext<D> context, String outcome) {
        journal.add(new SagaJournal.Entry(context.sagaId(), context.stepName(),
                context.isCompensation() ? "compensation" : "action", context.attempt(), context.idempotencyKey(),
                outcome, Thread.currentThread().getName()));
    }
}
