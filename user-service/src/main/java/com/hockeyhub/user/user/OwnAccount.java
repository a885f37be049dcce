package com.hockeyhub.user.user;

import java.util.function.Supplier;

import com.hockeyhub.shared.db.AcrossClubs;

/**
 * Work on a person's own account (me, profile, password, sign-out everywhere), also before they belong to any club:
 * row-level security on {@code users} shows a club session that club's people only and a session without a club
 * nobody, so it runs on connections that state '*' ({@link AcrossClubs}). Only for the caller's own id.
 */
public final class OwnAccount {

    private OwnAccount() {
    }

    public static <T> T call(Supplier<T> work) {
        return AcrossClubs.call(work);
    }
}
