package com.hockeyhub.shared.client;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.web.ApiException;
import org.springframework.http.ProblemDetail;

/**
 * A call to another Hockey Hub service that did not succeed. Uncaught, it becomes a problem detail of the calling
 * service (404, 503, ...), so callers only catch what they can handle.
 */
public abstract sealed class RemoteServiceException extends ApiException
        permits RemoteNotFoundException, RemoteClientErrorException, RemoteServiceUnavailableException {

    private final String target;
    private final int status;
    private final transient ProblemDetail problem;

    protected RemoteServiceException(ErrorCode code, String target, int status, ProblemDetail problem, String message,
            Throwable cause) {
        super(code, message);
        this.target = target;
        this.status = status;
        this.problem = problem;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** The called service, e.g. {@code user-service}. */
    public String target() {
        return target;
    }

    /** The HTTP status answered, or 0 when there was no answer (timeout, connection refused, breaker open). */
    public int status() {
        return status;
    }

    /** The remote problem detail, when the service sent one. */
    public ProblemDetail problem() {
        return problem;
    }

    static String describe(ProblemDetail problem) {
        if (problem == null) {
            return "";
        }
        String detail = problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
        return detail == null ? "" : ": " + detail;
    }
}
