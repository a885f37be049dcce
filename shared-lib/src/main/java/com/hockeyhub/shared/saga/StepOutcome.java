package com.hockeyhub.shared.saga;

/** Result of one attempt of a step (or of its compensation), as written to {@code saga_step_log}. */
public enum StepOutcome {
    SUCCEEDED,
    /** A technical failure (exception); retried while attempts remain. */
    FAILED,
    /** The attempt exceeded the step's timeout; treated like a technical failure. */
    TIMED_OUT,
    /** A declared business failure ({@link SagaBusinessException}); compensation starts at once. */
    REJECTED
}
