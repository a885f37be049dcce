package com.hockeyhub.shared.db;

import java.util.function.Supplier;

/**
 * The one explicit way for code running for a club user to say "this read spans clubs" (row-level security,
 * {@link TenantScopedDataSource}): connections checked out inside {@link #call} state {@code *} instead of the
 * caller's club. Only a connection checked out inside is affected, so the work must take a new connection (for
 * example a {@code REQUIRES_NEW} transaction); a connection already bound to the caller's transaction keeps its club.
 * Confine it to the code that needs it and say why there.
 */
public final class AcrossClubs {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private AcrossClubs() {
    }

    public static <T> T call(Supplier<T> work) {
        Boolean before = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(before);
            }
        }
    }

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }
}
