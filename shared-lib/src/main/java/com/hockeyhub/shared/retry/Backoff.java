package com.hockeyhub.shared.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * The one back-off formula of the suite (sagas, event consumers, the outbox relay, HTTP clients).
 * Delay before retry number {@code n} (1-based): {@code initial * multiplier^(n-1)}, capped at {@code max}.
 */
public record Backoff(Duration initial, double multiplier, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("back-off durations must not be negative");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
    }

    /** Doubling from {@code initial}, at most one minute. */
    public static Backoff exponential(Duration initial) {
        return new Backoff(initial, 2.0, Duration.ofMinutes(1));
    }

    public static Backoff exponential(Duration initial, double multiplier, Duration max) {
        return new Backoff(initial, multiplier, max);
    }

    public static Backoff none() {
        return new Backoff(Duration.ZERO, 1.0, Duration.ZERO);
    }

    /** The delay after the {@code failedAttempts}-th failed attempt. */
    public Duration delayAfter(int failedAttempts) {
        double factor = Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        double millis = initial.toMillis() * factor;
        if (Double.isInfinite(millis) || millis > max.toMillis()) {
            return max;
        }
        return Duration.ofMillis((long) millis);
    }
}
