package com.hockeyhub.shared.saga;

/** Lifecycle of a saga instance. {@link #COMPLETED}, {@link #COMPENSATED} and {@link #FAILED} are terminal. */
public enum SagaStatus {
    /** Persisted, no step has completed yet. */
    STARTED,
    /** At least one step completed; more to run. */
    RUNNING,
    /** A step failed for good; completed steps are being undone in reverse order. */
    COMPENSATING,
    /** Every step completed. */
    COMPLETED,
    /** A step failed and every completed step was undone. */
    COMPENSATED,
    /** A compensation could not succeed within its attempts: needs an operator. */
    FAILED;

    public boolean isTerminal() {
        return this == COMPLETED || this == COMPENSATED || this == FAILED;
    }
}
