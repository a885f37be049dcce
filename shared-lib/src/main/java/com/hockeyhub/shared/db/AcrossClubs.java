package com.hockeyhub.shared.db;

import java.util.function.Supplier;

/**
 * The one explicit way for code to say "this work spans clubs" (row-level security, {@link TenantScopedDataSource}):
 * connections checked out inside state {@code *} instead of a club. Without it, work for a signed-in user states the
 * user's club and work for nobody (an anonymous request, a thread that forgot to say) states no club and sees no
 * club's rows: it fails closed.
 * <p>
 * Who says so, and why:
 * <ul>
 * <li>code serving a club user that must look past the club (a user-service lookup of a person's memberships, one's
 * own account) — at the call, with its reason;</li>
 * <li>anonymous endpoints that find their club from what they are given (login by address, a feed by its token);</li>
 * <li>the suite's background work, which serves no user: event handlers and queries from NATS, saga steps, the outbox
 * relay, scheduled jobs and start-up (migrations, seeds, warm-ups) — each in the shared-lib code that runs it
 * ({@link #task} on its threads).</li>
 * </ul>
 * Only a connection checked out inside is affected, so the work must take a new connection (for example a
 * {@code REQUIRES_NEW} transaction); a connection already bound to the caller's transaction keeps its club.
 */
public final class AcrossClubs {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private AcrossClubs() {
    }

    public static <T> T call(Supplier<T> work) {
        try (Scope ignored = open()) {
            return work.get();
        }
    }

    public static void run(Runnable work) {
        try (Scope ignored = open()) {
            work.run();
        }
    }

    /** {@code work} as a task that runs across clubs on whichever thread executes it (background executors). */
    public static Runnable task(Runnable work) {
        return () -> run(work);
    }

    /** Across clubs on this thread until the scope is closed (work whose start and end are separate callbacks). */
    public static Scope open() {
        return set(Boolean.TRUE);
    }

    /**
     * Not across clubs on this thread until closed, whatever an outer scope said: a request states its scope itself
     * (its user, or nothing) and never inherits one from the thread that serves it.
     */
    public static Scope suspend() {
        return set(null);
    }

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    private static Scope set(Boolean value) {
        Boolean before = ACTIVE.get();
        if (value == null) {
            ACTIVE.remove();
        } else {
            ACTIVE.set(value);
        }
        return () -> {
            if (before == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(before);
            }
        };
    }

    /** Restores what the thread stated before; close it on the thread that opened it. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
