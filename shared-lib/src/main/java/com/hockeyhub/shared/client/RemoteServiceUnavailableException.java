package com.hockeyhub.shared.client;

import com.hockeyhub.shared.api.ErrorCode;
import org.springframework.http.ProblemDetail;

/** The remote service failed (5xx), did not answer in time, could not be reached, or its circuit breaker is open. */
public final class RemoteServiceUnavailableException extends RemoteServiceException {

    public RemoteServiceUnavailableException(String target, int status, ProblemDetail problem) {
        super(ErrorCode.SERVICE_UNAVAILABLE, target, status, problem, target + " is unavailable (" + status + ")"
                + describe(problem), null);
    }

    public RemoteServiceUnavailableException(String target, String reason, Throwable cause) {
        super(ErrorCode.SERVICE_UNAVAILABLE, target, 0, null, target + " is unavailable: " + reason, cause);
    }
}
