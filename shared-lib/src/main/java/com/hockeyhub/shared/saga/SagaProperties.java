package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.retry.Backoff;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.saga.*}: engine defaults, recovery and retention. */
@ConfigurationProperties(prefix = "hockeyhub.saga")
public class SagaProperties {

    /** Turns the whole engine (and its tables' jobs) off. */
    private boolean enabled = true;
    /** Name of this engine instance in {@code saga_instance.locked_by}; defaults to host, pid and a random suffix. */
    private String instanceId;
    /** Timeout of a step attempt unless the step declares one. */
    private Duration stepTimeout = Duration.ofSeconds(30);
    /** Attempts of a step's action unless the step declares them. */
    private int maxAttempts = 3;
    /** Attempts of a compensation unless the step declares them; afterwards the saga is FAILED. */
    private int compensationMaxAttempts = 5;
    private Duration backoffInitial = Duration.ofMillis(200);
    private double backoffMultiplier = 2.0;
    private Duration backoffMax = Duration.ofSeconds(30);
    /**
     * Extra time beyond the running step's timeout before another instance may take over the saga.
     */
    private Duration lease = Duration.ofSeconds(30);
    /**
     * Back-offs up to this long are waited out by the engine thread; longer ones park the saga until the recovery
     * job resumes it.
     */
    private Duration maxInlineBackoff = Duration.ofSeconds(5);
    /** Threads running sagas started with {@code start(...)}. */
    private int concurrency = 4;
    /** Queue of started sagas waiting for a thread; beyond it the recovery job runs them. */
    private int queueCapacity = 1000;
    private final Recovery recovery = new Recovery();
    private final Retention retention = new Retention();

    public static class Recovery {
        private boolean enabled = true;
        private Duration interval = Duration.ofSeconds(10);
        private Duration initialDelay = Duration.ofSeconds(10);
        /** Sagas claimed per query; the job keeps claiming until none are due. */
        private int batchSize = 20;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    public static class Retention {
        private boolean enabled = true;
        /** COMPLETED and COMPENSATED sagas are deleted (with their step log) this long after finishing. */
        private Duration finished = Duration.ofDays(30);
        /** FAILED sagas are kept longer, for operators. */
        private Duration failed = Duration.ofDays(90);
        private Duration interval = Duration.ofHours(1);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getFinished() {
            return finished;
        }

        public void setFinished(Duration finished) {
            this.finished = finished;
        }

        public Duration getFailed() {
            return failed;
        }

        public void setFailed(Duration failed) {
            this.failed = failed;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public Duration getStepTimeout() {
        return stepTimeout;
    }

    public void setStepTimeout(Duration stepTimeout) {
        this.stepTimeout = stepTimeout;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getCompensationMaxAttempts() {
        return compensationMaxAttempts;
    }

    public void setCompensationMaxAttempts(int compensationMaxAttempts) {
        this.compensationMaxAttempts = compensationMaxAttempts;
    }

    public Duration getBackoffInitial() {
        return backoffInitial;
    }

    public void setBackoffInitial(Duration backoffInitial) {
        this.backoffInitial = backoffInitial;
    }

    public double getBackoffMultiplier() {
        return backoffMultiplier;
    }

    public void setBackoffMultiplier(double backoffMultiplier) {
        this.backoffMultiplier = backoffMultiplier;
    }

    public Duration getBackoffMax() {
        return backoffMax;
    }

    public void setBackoffMax(Duration backoffMax) {
        this.backoffMax = backoffMax;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getMaxInlineBackoff() {
        return maxInlineBackoff;
    }

    public void setMaxInlineBackoff(Duration maxInlineBackoff) {
        this.maxInlineBackoff = maxInlineBackoff;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public int getQueueCapacity() {
        return queueCapacity;
    }

    public void setQueueCapacity(int queueCapacity) {
        this.queueCapacity = queueCapacity;
    }

    public Recovery getRecovery() {
        return recovery;
    }

    public Retention getRetention() {
        return retention;
    }

    Backoff defaultBackoff() {
        return new Backoff(backoffInitial, backoffMultiplier, backoffMax);
    }
}
