package com.hockeyhub.shared.event;

import java.util.Optional;

/**
 * The event a handler is processing on this thread, so events published by the handler carry its correlation id
 * and name it as their cause.
 */
public final class EventContext {

    private static final ThreadLocal<EventEnvelope> CURRENT = new ThreadLocal<>();

    private EventContext() {
    }

    public static Optional<EventEnvelope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code action} with {@code envelope} as the current event. */
    public static <T> T with(EventEnvelope envelope, java.util.function.Supplier<T> action) {
        EventEnvelope previous = CURRENT.get();
        CURRENT.set(envelope);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
