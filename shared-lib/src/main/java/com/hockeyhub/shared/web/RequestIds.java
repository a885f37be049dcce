package com.hockeyhub.shared.web;

import java.util.Optional;

import org.slf4j.MDC;

/** The request id of the current request or job: {@code X-Request-Id}, kept in the logging MDC. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
