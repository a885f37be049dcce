package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.retry.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A saga type: a name, a version stored with every instance, the type of its JSON-serialised data and an ordered
 * list of steps. Declare it once (typically as a bean, which registers it with the engine):
 * <pre>
 * SagaDefinition&lt;OrgData&gt; saga = SagaDefinition.named("create-organization", OrgData.class).version(1)
 *     .step("create-organization").action(ctx -&gt; ...).compensation(ctx -&gt; ...)
 *     .step("start-trial").remote().action(ctx -&gt; payments.startTrial(ctx.idempotencyKey(), ...))
 *         .compensation(ctx -&gt; ...).retries(4, Backoff.exponential(Duration.ofMillis(200))).timeout(Duration.ofSeconds(5))
 *     .step("welcome").remote().action(ctx -&gt; ...).nonCompensable()
 *     .build();
 * </pre>
 */
public final class SagaDefinition<D> {

    private final String name;
    private final int version;
    private final Class<D> dataType;
    private final List<SagaStep<D>> steps;

    private SagaDefinition(String name, int version, Class<D> dataType, List<SagaStep<D>> steps) {
        this.name = name;
        this.version = version;
        this.dataType = dataType;
        this.steps = List.copyOf(steps);
    }

    public static <D> Builder<D> named(String name, Class<D> dataType) {
        return new Builder<>(name, dataType);
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public Class<D> dataType() {
        return dataType;
    }

    public List<SagaStep<D>> steps() {
        return steps;
    }

    public SagaStep<D> step(int index) {
        return steps.get(index);
    }

    @Override
    public String toString() {
        return name + " v" + version + " " + steps.stream().map(SagaStep::name).toList();
    }

    public static final class Builder<D> {

        private final String name;
        private final Class<D> dataType;
        private int version = 1;
        private final List<StepBuilder<D>> steps = new ArrayList<>();

        private Builder(String name, Class<D> dataType) {
            if (name == null || !name.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
                throw new IllegalArgumentException("saga name must be lower-case kebab case (a-z, 0-9, '-', '.'): " + name);
            }
            this.name = name;
            this.dataType = Objects.requireNonNull(dataType, "dataType");
        }

        public Builder<D> version(int version) {
            if (version < 1) {
                throw new IllegalArgumentException("version must be at least 1");
            }
            this.version = version;
            return this;
        }

        public StepBuilder<D> step(String stepName) {
            StepBuilder<D> step = new StepBuilder<>(this, stepName);
            steps.add(step);
            return step;
        }

        public SagaDefinition<D> build() {
            if (steps.isEmpty()) {
                throw new IllegalStateException("saga " + name + " has no steps");
            }
            Set<String> names = new HashSet<>();
            List<SagaStep<D>> built = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                StepBuilder<D> s = steps.get(i);
                if (!names.add(s.name)) {
                    throw new IllegalStateException("saga " + name + " declares step '" + s.name + "' twice");
                }
                if (s.action == null) {
                    throw new IllegalStateException("step '" + s.name + "' of saga " + name + " has no action");
                }
                if (!s.compensable && i != steps.size() - 1) {
                    throw new IllegalStateException("only the last step of saga " + name
                            + " may be non-compensable, not '" + s.name + "'");
                }
                if (!s.compensable && s.compensation != null) {
                    throw new IllegalStateException("step '" + s.name + "' is non-compensable but has a compensation");
                }
                built.add(new SagaStep<>(i, s.name, s.action, s.compensation, s.maxAttempts, s.backoff, s.timeout,
                        s.compensationMaxAttempts, s.compensationBackoff, s.compensationTimeout, s.remote,
                        s.compensable));
            }
            return new SagaDefinition<>(name, version, dataType, built);
        }
    }

    public static final class StepBuilder<D> {

        private final Builder<D> saga;
        private final String name;
        private SagaAction<D> action;
        private SagaAction<D> compensation;
        private Integer maxAttempts;
        private Backoff backoff;
        private Duration timeout;
        private Integer compensationMaxAttempts;
        private Backoff compensationBackoff;
        private Duration compensationTimeout;
        private boolean remote;
        private boolean compensable = true;

        private StepBuilder(Builder<D> saga, String name) {
            if (name == null || name.isBlank() || name.contains(":")) {
                throw new IllegalArgumentException("step name must be non-blank and contain no ':': " + name);
            }
            this.saga = saga;
            this.name = name;
        }

        public StepBuilder<D> action(SagaAction<D> action) {
            this.action = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Undoes the action; must tolerate being called when the action never took effect (idempotent). */
        public StepBuilder<D> compensation(SagaAction<D> compensation) {
            this.compensation = Objects.requireNonNull(compensation, "compensation");
            return this;
        }

        /**
         * Retries a technically failed (or timed-out) action up to {@code retries} times after the first attempt
         * (0 = no retry), waiting {@code backoff} before each retry.
         */
        public StepBuilder<D> retries(int retries, Backoff backoff) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must not be negative");
            }
            this.maxAttempts = retries + 1;
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        public StepBuilder<D> timeout(Duration timeout) {
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Retries a failing compensation up to {@code retries} times after its first attempt; if it still fails, the
         * saga is given up as {@link SagaStatus#FAILED}.
         */
        public StepBuilder<D> compensationRetries(int retries, Backoff backoff) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must not be negative");
            }
            this.compensationMaxAttempts = retries + 1;
            this.compensationBackoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        public StepBuilder<D> compensationTimeout(Duration timeout) {
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.compensationTimeout = timeout;
            return this;
        }

        /** The step calls another service (see {@link SagaStep#remote()}). */
        public StepBuilder<D> remote() {
            this.remote = true;
            return this;
        }

        /** Only for the last step: its effect cannot be undone, so it has no compensation. */
        public StepBuilder<D> nonCompensable() {
            this.compensable = false;
            return this;
        }

        public StepBuilder<D> step(String stepName) {
            return saga.step(stepName);
        }

        public SagaDefinition<D> build() {
            return saga.build();
        }
    }
}
