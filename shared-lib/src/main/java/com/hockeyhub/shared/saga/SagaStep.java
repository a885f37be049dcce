package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.retry.Backoff;
import java.time.Duration;

/**
 * One step of a {@link SagaDefinition}. A {@code null} setting means "the engine's default"
 * ({@code hockeyhub.saga.*}).
 *
 * @param remote       the action calls another service: it runs outside a database transaction (no connection is
 *                     held during the call) and, when its outcome is unknown after the last attempt (technical failure
 *                     or timeout), its own compensation runs too
 * @param compensable  false only for the last step, whose effect cannot be undone (e.g. a welcome e-mail)
 */
public record SagaStep<D>(int index, String name, SagaAction<D> action, SagaAction<D> compensation,
                          Integer maxAttempts, Backoff backoff, Duration timeout,
                          Integer compensationMaxAttempts, Backoff compensationBackoff, Duration compensationTimeout,
                          boolean remote, boolean compensable) {

    public boolean hasCompensation() {
        return compensable && compensation != null;
    }
}
