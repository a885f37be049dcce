package com.hockeyhub.shared.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7), like the ids {@link BaseEntity} gets from Hibernate, for rows written
 * outside JPA (outbox events, bulk COPY loads).
 */
public final class Uuid7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuid7() {
    }

    public static UUID next() {
        return at(Instant.now());
    }

    public static UUID at(Instant instant) {
        long millis = instant.toEpochMilli();
        long most = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
