package com.hockeyhub.shared.cache;

import java.util.UUID;

/** The suite's tag names, so services tag and invalidate with the same spelling. */
public final class CacheTag {

    private CacheTag() {
    }

    public static String org(UUID organizationId) {
        return "org:" + organizationId;
    }

    public static String team(UUID teamId) {
        return "team:" + teamId;
    }

    public static String user(UUID userId) {
        return "user:" + userId;
    }
}
