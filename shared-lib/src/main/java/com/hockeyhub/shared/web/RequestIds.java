package com.hockeyhub.shared.web;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.MDC;

/** The request id of the current request or job: {@code X-Request-Id}, kept in the logging MDC. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    /**
     * A fresh random (version 4) id. Request ids need to be unique, not unguessable, so this draws from
     * {@link ThreadLocalRandom}: {@link UUID#randomUUID()} serialises every request on one {@code SecureRandom}.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
