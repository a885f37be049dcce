package com.hockeyhub.shared.idempotency;

import java.util.UUID;

/**
 * The {@code Idempotency-Key} header of a request, with the caller it belongs to (keys are scoped per caller, so one
 * user can never receive another user's stored response). A controller method takes it as a parameter; it is
 * {@code null} when the request carries no such header.
 */
public record IdempotencyKey(String value, UUID principal) {

    public static final String HEADER = "Idempotency-Key";
}
