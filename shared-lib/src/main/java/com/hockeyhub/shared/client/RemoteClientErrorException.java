package com.hockeyhub.shared.client;

import com.hockeyhub.shared.api.ErrorCode;
import org.springframework.http.ProblemDetail;

/** The remote service rejected the call (4xx other than 404), with its problem detail. Never retried. */
public final class RemoteClientErrorException extends RemoteServiceException {

    public RemoteClientErrorException(String target, int status, ProblemDetail problem) {
        super(codeFor(status), target, status, problem, target + " rejected the call with " + status
                + describe(problem), null);
    }

    private static ErrorCode codeFor(int status) {
        return switch (status) {
            case 403 -> ErrorCode.FORBIDDEN;
            case 409 -> ErrorCode.CONFLICT;
            case 422 -> ErrorCode.BUSINESS_RULE_VIOLATION;
            case 429 -> ErrorCode.SERVICE_UNAVAILABLE;
            // a malformed or unauthenticated call is this service's fault, not its caller's
            default -> ErrorCode.INTERNAL_ERROR;
        };
    }
}
