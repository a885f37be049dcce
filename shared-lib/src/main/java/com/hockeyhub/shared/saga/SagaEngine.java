package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.client.RemoteServiceUnavailableException;
import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.retry.Backoff;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs sagas: steps in order, each attempt under a timeout; technical failures retried with exponential back-off;
 * a business failure or exhausted retries start compensation in reverse order over the completed steps; a
 * compensation that keeps failing leaves the saga {@link SagaStatus#FAILED}. The state is saved after every attempt,
 * in the same transaction as a local step's effects, and every write checks the row version this instance holds, so
 * an instance whose lease expired (and whose saga was claimed by {@link #recoverDue()} elsewhere) can no longer
 * commit anything for it.
 */
public class SagaEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SagaEngine.class);
    private static final int RUNNING = 0;
    private static final int COMMITTING = 1;
    private static final int ABANDONED = 2;
    private static final int MAX_RECOVERED_PER_RUN = 1000;

    private final SagaStore store;
    private final SagaRegistry registry;
    private final PlatformTransactionManager transactionManager;
    private final JsonMapper json;
    private final Clock clock;
    private final SagaSleeper sleeper;
    private final SagaProperties properties;
    private final List<SagaListener> listeners;
    private final String instanceId;
    private final ExecutorService stepExecutor;
    private final ThreadPoolExecutor sagaExecutor;

    public SagaEngine(SagaStore store, SagaRegistry registry, PlatformTransactionManager transactionManager,
            JsonMapper json, Clock clock, SagaSleeper sleeper, SagaProperties properties, List<SagaListener> listeners) {
        this.store = store;
        this.registry = registry;
        this.transactionManager = transactionManager;
        this.json = json;
        this.clock = clock;
        this.sleeper = sleeper;
        this.properties = properties;
        this.listeners = List.copyOf(listeners);
        this.instanceId = properties.getInstanceId() != null && !properties.getInstanceId().isBlank()
                ? properties.getInstanceId()
                : ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.stepExecutor = Executors.newCachedThreadPool(threads("saga-step-"));
        this.sagaExecutor = new ThreadPoolExecutor(properties.getConcurrency(), properties.getConcurrency(), 60,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(properties.getQueueCapacity()), threads("saga-"));
        this.sagaExecutor.allowCoreThreadTimeOut(true);
    }

    public String instanceId() {
        return instanceId;
    }

    public SagaRegistry registry() {
        return registry;
    }

    public <D> UUID start(SagaDefinition<D> definition, D data) {
        return start(definition, data, null);
    }

    /**
     * Persists a new saga and runs it in the background. Inside a transaction the saga row commits with the caller's
     * changes and runs only after the commit (nothing runs if the caller rolls back).
     */
    public <D> UUID start(SagaDefinition<D> definition, D data, UUID organizationId) {
        SagaStore.SagaRow row = create(definition, data, organizationId);
        Runnable launch = () -> {
            fire(l -> l.onStarted(event(row, SagaStatus.STARTED, null, null)));
            try {
                sagaExecutor.execute(() -> {
                    try {
                        resume(row.id(), row.version());
                    } catch (RuntimeException e) {
                        log.error("Saga {} ({}) stopped by an error; the recovery job resumes it after its lease",
                                row.id(), row.type(), e);
                    }
                });
            } catch (RejectedExecutionException e) {
                log.warn("Saga {} ({}) queued for recovery: all {} engine threads busy", row.id(), row.type(),
                        properties.getConcurrency());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    launch.run();
                }
            });
        } else {
            launch.run();
        }
        return row.id();
    }

    public <D> SagaOutcome<D> run(SagaDefinition<D> definition, D data) {
        return run(definition, data, null);
    }

    /**
     * Persists a new saga and runs it on the calling thread until it is finished (or parked for a long back-off).
     * Must be called outside a transaction: each step commits on its own.
     */
    public <D> SagaOutcome<D> run(SagaDefinition<D> definition, D data, UUID organizationId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("SagaEngine.run executes each step in its own transaction; "
                    + "call it outside a transaction or use start()");
        }
        SagaStore.SagaRow row = create(definition, data, organizationId);
        fire(l -> l.onStarted(event(row, SagaStatus.STARTED, null, null)));
        return new Execution<>(definition, row).run();
    }

    /**
     * Continues a saga this instance holds at {@code version} (after {@link #start} or a claim). Does nothing when the
     * saga is finished, owned by someone else, or of a definition this instance does not know.
     */
    public Optional<SagaOutcome<?>> resume(UUID sagaId, long version) {
        Optional<SagaStore.SagaRow> loaded = store.load(sagaId);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        SagaStore.SagaRow row = loaded.get();
        if (row.version() != version || row.status().isTerminal()) {
            return Optional.empty();
        }
        Optional<SagaDefinition<?>> definition = registry.find(row.type(), row.definitionVersion());
        if (definition.isEmpty()) {
            log.warn("Saga {} is of {} v{}, which this instance does not know; left for an instance that does",
                    row.id(), row.type(), row.definitionVersion());
            return Optional.empty();
        }
        return Optional.of(execute(definition.get(), row));
    }

    /**
     * Claims unfinished sagas whose lease or retry deadline has passed ({@code FOR UPDATE SKIP LOCKED}, so concurrent
     * instances claim disjoint sets) and continues them from their persisted step. Returns how many were claimed.
     */
    public int recoverDue() {
        List<String> types = registry.types();
        int total = 0;
        while (total < MAX_RECOVERED_PER_RUN) {
            Instant now = clock.instant();
            List<SagaStore.Claim> claims = store.claimDue(now, types, properties.getRecovery().getBatchSize(),
                    now.plus(claimLease()), instanceId);
            if (claims.isEmpty()) {
                break;
            }
            for (SagaStore.Claim claim : claims) {
                log.info("Recovering saga {}", claim.id());
                try {
                    resume(claim.id(), claim.version());
                } catch (RuntimeException e) {
                    log.error("Recovery of saga {} failed; it is retried after its lease", claim.id(), e);
                }
            }
            total += claims.size();
        }
        return total;
    }

    /**
     * An operator's retry of a {@link SagaStatus#FAILED} saga (after fixing what made its compensation fail): the
     * compensation resumes at the step that failed, with a fresh set of attempts, in the background.
     *
     * @return false when the saga is not FAILED
     */
    public boolean retryCompensation(UUID sagaId) {
        Instant now = clock.instant();
        Optional<Long> version = store.reopenFailed(sagaId, now, now.plus(claimLease()), instanceId);
        if (version.isEmpty()) {
            return false;
        }
        log.warn("Saga {} put back into compensation by an operator", sagaId);
        try {
            sagaExecutor.execute(() -> {
                try {
                    resume(sagaId, version.get());
                } catch (RuntimeException e) {
                    log.error("Saga {} stopped by an error; the recovery job resumes it after its lease", sagaId, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Saga {} queued for recovery: all engine threads busy", sagaId);
        }
        return true;
    }

    @Override
    public void close() {
        sagaExecutor.shutdown();
        try {
            if (!sagaExecutor.awaitTermination(10, TimeUnit.SECONDS)) {
                sagaExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            sagaExecutor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        stepExecutor.shutdownNow();
    }

    private <D> SagaStore.SagaRow create(SagaDefinition<D> definition, D data, UUID organizationId) {
        Objects.requireNonNull(data, "saga data");
        registry.register(definition);
        Instant now = clock.instant();
        SagaStore.SagaRow row = new SagaStore.SagaRow(UuidVersion7Strategy.INSTANCE.generateUuid(null),
                definition.name(), definition.version(), SagaStatus.STARTED, 0, json.writeValueAsString(data),
                organizationId, 0, null, now.plus(timeout(definition.step(0), StepDirection.FORWARD)).plus(properties.getLease()),
                instanceId, now, 0);
        store.insert(row);
        return row;
    }

    @SuppressWarnings("unchecked")
    private <D> SagaOutcome<?> execute(SagaDefinition<D> definition, SagaStore.SagaRow row) {
        return new Execution<>(definition, row).run();
    }

    private Duration claimLease() {
        return properties.getLease().plus(registry.longestTimeout(properties.getStepTimeout()));
    }

    private Duration timeout(SagaStep<?> step, StepDirection direction) {
        Duration declared = direction == StepDirection.FORWARD ? step.timeout() : step.compensationTimeout();
        if (declared == null && direction == StepDirection.COMPENSATE) {
            declared = step.timeout();
        }
        return declared != null ? declared : properties.getStepTimeout();
    }

    private int maxAttempts(SagaStep<?> step, StepDirection direction) {
        Integer declared = direction == StepDirection.FORWARD ? step.maxAttempts() : step.compensationMaxAttempts();
        if (declared != null) {
            return declared;
        }
        return direction == StepDirection.FORWARD ? properties.getMaxAttempts() : properties.getCompensationMaxAttempts();
    }

    private Backoff backoff(SagaStep<?> step, StepDirection direction) {
        Backoff declared = direction == StepDirection.FORWARD ? step.backoff() : step.compensationBackoff();
        if (declared == null && direction == StepDirection.COMPENSATE) {
            declared = step.backoff();
        }
        return declared != null ? declared : properties.defaultBackoff();
    }

    private SagaEvent event(SagaStore.SagaRow row, SagaStatus status, String error, Duration duration) {
        return new SagaEvent(row.id(), row.type(), row.definitionVersion(), status, row.organizationId(), error, duration);
    }

    private void fire(Consumer<SagaListener> call) {
        for (SagaListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.warn("Saga listener {} failed", listener.getClass().getName(), e);
            }
        }
    }

    private TransactionTemplate transaction(Duration timeout) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        if (timeout != null) {
            template.setTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
        }
        return template;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            // saga steps serve no user; a saga moves one club's data but its rows and steps are read across clubs
            Thread thread = new Thread(AcrossClubs.task(runnable), prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Thrown inside a step's transaction when the engine already gave the attempt up (timeout): rolls it back. */
    private static final class AttemptAbandonedException extends RuntimeException {
        AttemptAbandonedException() {
            super("attempt abandoned after its timeout", null, false, false);
        }
    }

    /** Carries a checked exception of a step out of a transaction callback. */
    private static final class StepFailure extends RuntimeException {
        StepFailure(Exception cause) {
            super(cause);
        }
    }

    /** One engine's run of one saga, holding the row version it is allowed to write. */
    private final class Execution<D> {

        private final SagaDefinition<D> definition;
        private final SagaStore.SagaRow origin;
        private long version;
        private SagaStatus status;
        private int currentStep;
        private int attempts;
        private String data;
        private String lastError;
        /**
         * Whether an attempt of the current remote step may have reached its participant. Only a run that saw every
         * attempt fail before the call got there (connection refused, breaker open) knows it did not; a run resumed
         * after parking or a crash assumes it may have.
         */
        private boolean stepReached;

        Execution(SagaDefinition<D> definition, SagaStore.SagaRow row) {
            this.definition = definition;
            this.origin = row;
            this.version = row.version();
            this.status = row.status();
            this.currentStep = row.currentStep();
            this.attempts = row.attempts();
            this.data = row.data();
            this.lastError = row.lastError();
            // resumed at a step (after a crash, a lost lease or parking): an attempt may have been under way
            this.stepReached = row.attempts() > 0 || row.status() == SagaStatus.RUNNING;
        }

        SagaOutcome<D> run() {
            String previous = MDC.get("sagaId");
            MDC.put("sagaId", origin.id().toString());
            try {
                loop();
            } catch (SagaOwnershipLostException e) {
                log.info("Saga {} was taken over by another instance; this one stops", origin.id());
            } finally {
                if (previous == null) {
                    MDC.remove("sagaId");
                } else {
                    MDC.put("sagaId", previous);
                }
            }
            return new SagaOutcome<>(origin.id(), status, json.readValue(data, definition.dataType()), lastError);
        }

        private void loop() {
            List<SagaStep<D>> steps = definition.steps();
            while (!status.isTerminal()) {
                if (status == SagaStatus.COMPENSATING) {
                    int index = currentStep;
                    while (index >= 0 && !steps.get(index).hasCompensation()) {
                        index--;
                    }
                    if (index < 0) {
                        finish(SagaStatus.COMPENSATED);
                        continue;
                    }
                    currentStep = index;
                    if (!attempt(steps.get(index), StepDirection.COMPENSATE)) {
                        return;
                    }
                } else if (currentStep >= steps.size()) {
                    finish(SagaStatus.COMPLETED);
                } else if (!attempt(steps.get(currentStep), StepDirection.FORWARD)) {
                    return;
                }
            }
        }

        /** One attempt and its bookkeeping; false when the saga was parked until a later retry. */
        private boolean attempt(SagaStep<D> step, StepDirection direction) {
            int attempt = attempts + 1;
            Instant startedAt = clock.instant();
            Duration timeout = timeout(step, direction);
            SagaContext<D> context = new SagaContext<>(origin.id(), definition.name(), step.name(), step.index(),
                    direction, attempt, origin.organizationId(), clock, json.readValue(data, definition.dataType()));
            SagaAction<D> action = direction == StepDirection.FORWARD ? step.action() : step.compensation();
            AtomicInteger phase = new AtomicInteger(RUNNING);
            Callable<Success> work = () -> {
                MDC.put("sagaId", origin.id().toString());
                try {
                    if (step.remote()) {
                        invoke(action, context);
                        return transaction(null).execute(tx -> commit(step, direction, context, startedAt, phase));
                    }
                    return transaction(timeout).execute(tx -> {
                        invoke(action, context);
                        return commit(step, direction, context, startedAt, phase);
                    });
                } finally {
                    MDC.remove("sagaId");
                }
            };
            Future<Success> future = stepExecutor.submit(work);
            Success success;
            try {
                try {
                    success = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (phase.compareAndSet(RUNNING, ABANDONED)) {
                        future.cancel(true);
                        stepReached = true;
                        return failed(step, direction, attempt, startedAt, StepOutcome.TIMED_OUT,
                                "timed out after " + timeout.toMillis() + " ms");
                    }
                    success = future.get();
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof StepFailure failure ? failure.getCause() : e.getCause();
                if (cause instanceof SagaOwnershipLostException lost) {
                    throw lost;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                StepOutcome outcome = cause instanceof SagaBusinessException && direction == StepDirection.FORWARD
                        ? StepOutcome.REJECTED : StepOutcome.FAILED;
                stepReached |= !(cause instanceof RemoteServiceUnavailableException unavailable)
                        || unavailable.reached();
                if (outcome == StepOutcome.FAILED) {
                    log.warn("Saga {} step '{}' {} attempt {} failed: {}", origin.id(), step.name(), direction, attempt,
                            describe(cause));
                }
                return failed(step, direction, attempt, startedAt, outcome, describe(cause));
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running saga " + origin.id()
                        + "; the recovery job resumes it after its lease", e);
            }
            version = success.version();
            status = success.change().status();
            currentStep = success.change().currentStep();
            attempts = 0;
            stepReached = false;
            data = success.change().data();
            lastError = success.change().lastError();
            fire(l -> l.onStepSucceeded(new SagaStepEvent(origin.id(), definition.name(), step.name(), step.index(),
                    direction, StepOutcome.SUCCEEDED, attempt, null)));
            if (status == SagaStatus.COMPLETED) {
                fireTerminal();
            }
            return true;
        }

        private void invoke(SagaAction<D> action, SagaContext<D> context) {
            try {
                action.execute(context);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new StepFailure(e);
            }
        }

        /** Runs inside the step's transaction: records the success unless the engine gave the attempt up. */
        private Success commit(SagaStep<D> step, StepDirection direction, SagaContext<D> context, Instant startedAt,
                AtomicInteger phase) {
            if (!phase.compareAndSet(RUNNING, COMMITTING)) {
                throw new AttemptAbandonedException();
            }
            Instant now = clock.instant();
            int size = definition.steps().size();
            SagaStore.Change change;
            if (direction == StepDirection.FORWARD) {
                int next = step.index() + 1;
                boolean done = next == size;
                change = new SagaStore.Change(done ? SagaStatus.COMPLETED : SagaStatus.RUNNING, next,
                        json.writeValueAsString(context.data()), 0, null,
                        done ? null : now.plus(timeout(definition.step(next), StepDirection.FORWARD)).plus(properties.getLease()),
                        done ? null : instanceId, now, done ? now : null);
            } else {
                int next = step.index() - 1;
                Duration nextTimeout = next >= 0 ? timeout(definition.step(next), direction) : Duration.ZERO;
                change = new SagaStore.Change(SagaStatus.COMPENSATING, next, json.writeValueAsString(context.data()), 0,
                        lastError, now.plus(nextTimeout).plus(properties.getLease()), instanceId, now, null);
            }
            long newVersion = store.update(origin.id(), version, change, new SagaStore.StepLogEntry(step.index(),
                    step.name(), direction, StepOutcome.SUCCEEDED, context.attempt(), null, startedAt, now));
            return new Success(newVersion, change);
        }

        /**
         * Records a failed attempt and decides what follows in the same write: a retry (waited out here, or parked
         * until the recovery job picks the saga up), compensation, or FAILED.
         */
        private boolean failed(SagaStep<D> step, StepDirection direction, int attempt, Instant startedAt,
                StepOutcome outcome, String error) {
            Instant now = clock.instant();
            boolean retry = outcome != StepOutcome.REJECTED && attempt < maxAttempts(step, direction);
            Duration delay = retry ? backoff(step, direction).delayAfter(attempt) : Duration.ZERO;
            boolean park = retry && delay.compareTo(properties.getMaxInlineBackoff()) > 0;
            SagaStore.Change change;
            if (retry) {
                Instant deadline = park ? now.plus(delay)
                        : now.plus(delay).plus(timeout(step, direction)).plus(properties.getLease());
                change = new SagaStore.Change(status, step.index(), null, attempt, error, deadline,
                        park ? null : instanceId, now, null);
            } else if (direction == StepDirection.FORWARD) {
                // A remote step whose outcome is unknown (failed or timed out, not refused) may have acted: undo it too
                // — unless no attempt ever reached the participant (then there is nothing to undo there, and a
                // participant that stays down must not keep the saga from undoing the local steps).
                boolean undoThisStep = step.remote() && outcome != StepOutcome.REJECTED && stepReached;
                int from = undoThisStep ? step.index() : step.index() - 1;
                String reason = "step '" + step.name() + "' " + (outcome == StepOutcome.REJECTED ? "rejected"
                        : "failed after " + attempt + " attempt" + (attempt == 1 ? "" : "s")) + ": " + error;
                Duration nextTimeout = from >= 0 ? timeout(definition.step(from), StepDirection.COMPENSATE) : Duration.ZERO;
                change = new SagaStore.Change(SagaStatus.COMPENSATING, from, null, 0, reason,
                        now.plus(nextTimeout).plus(properties.getLease()), instanceId, now, null);
            } else {
                String reason = "compensation of step '" + step.name() + "' failed after " + attempt + " attempt"
                        + (attempt == 1 ? "" : "s") + ": " + error;
                change = new SagaStore.Change(SagaStatus.FAILED, step.index(), null, 0, reason, null, null, now, now);
            }
            version = transaction(null).execute(tx -> store.update(origin.id(), version, change,
                    new SagaStore.StepLogEntry(step.index(), step.name(), direction, outcome, attempt, error, startedAt, now)));
            SagaStatus before = status;
            status = change.status();
            currentStep = change.currentStep();
            attempts = change.attempts();
            lastError = change.lastError();
            fire(l -> l.onStepFailed(new SagaStepEvent(origin.id(), definition.name(), step.name(), step.index(),
                    direction, outcome, attempt, error)));
            if (status == SagaStatus.COMPENSATING && before != SagaStatus.COMPENSATING) {
                log.warn("Saga {} ({}) compensating: {}", origin.id(), definition.name(), lastError);
                fire(l -> l.onCompensating(event(origin, SagaStatus.COMPENSATING, lastError, null)));
            }
            if (status.isTerminal()) {
                fireTerminal();
                return true;
            }
            if (!retry) {
                return true;
            }
            if (park) {
                log.info("Saga {} step '{}' retries in {} (parked)", origin.id(), step.name(), delay);
                return false;
            }
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to retry saga " + origin.id(), e);
            }
            return true;
        }

        private void finish(SagaStatus terminal) {
            Instant now = clock.instant();
            SagaStore.Change change = new SagaStore.Change(terminal, currentStep, null, 0, lastError, null, null, now, now);
            version = transaction(null).execute(tx -> store.update(origin.id(), version, change, null));
            status = terminal;
            fireTerminal();
        }

        private void fireTerminal() {
            Duration duration = Duration.between(origin.createdAt(), clock.instant());
            SagaEvent event = event(origin, status, lastError, duration);
            switch (status) {
                case COMPLETED -> {
                    log.debug("Saga {} ({}) completed in {}", origin.id(), definition.name(), duration);
                    fire(l -> l.onCompleted(event));
                }
                case COMPENSATED -> {
                    log.warn("Saga {} ({}) compensated: {}", origin.id(), definition.name(), lastError);
                    fire(l -> l.onCompensated(event));
                }
                case FAILED -> {
                    log.error("Saga {} ({}) FAILED and needs an operator: {}", origin.id(), definition.name(), lastError);
                    fire(l -> l.onFailed(event));
                }
                default -> throw new IllegalStateException("not terminal: " + status);
            }
        }
    }

    private record Success(long version, SagaStore.Change change) {
    }
}
