package com.hockeyhub.shared.saga;

/**
 * Thrown by a step to declare a business failure (the request is refused, e.g. "player has a severe injury"):
 * the step is not retried and compensation starts at once. Any other exception is a technical failure that is
 * retried with back-off first.
 */
public class SagaBusinessException extends RuntimeException {

    public SagaBusinessException(String message) {
        super(message);
    }

    public SagaBusinessException(String message, Throwable cause) {
        super(message, cause);
    }
}
