package com.hockeyhub.shared.client;

import com.hockeyhub.shared.api.ErrorCode;
import org.springframework.http.ProblemDetail;

/** The remote service failed (5xx), did not answer in time, could not be reached, or its circuit breaker is open. */
public final class RemoteServiceUnavailableException extends RemoteServiceException {

    private final boolean reached;

    public RemoteServiceUnavailableException(String target, int status, ProblemDetail problem) {
        super(ErrorCode.SERVICE_UNAVAILABLE, target, status, problem, target + " is unavailable (" + status + ")"
                + describe(problem), null);
        this.reached = true;
    }

    public RemoteServiceUnavailableException(String target, String reason, Throwable cause) {
        this(target, reason, cause, true);
    }

    /**
     * @param reached false only when no attempt of the call can have reached the service (connection refused, the
     *                circuit breaker open): then it cannot have acted on it
     */
    public RemoteServiceUnavailableException(String target, String reason, Throwable cause, boolean reached) {
        super(ErrorCode.SERVICE_UNAVAILABLE, target, 0, null, target + " is unavailable: " + reason
                + (reached ? "" : " (never reached)"), cause);
        this.reached = reached;
    }

    /** Whether the service may have received the call (and acted on it) although it gave no usable answer. */
    public boolean reached() {
        return reached;
    }
}
