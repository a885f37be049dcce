package com.hockeyhub.shared.client;

import com.hockeyhub.shared.api.ErrorCode;
import org.springframework.http.ProblemDetail;

/** The remote service answered 404. Client interfaces offer {@code find...} methods returning an empty Optional. */
public final class RemoteNotFoundException extends RemoteServiceException {

    public RemoteNotFoundException(String target, ProblemDetail problem) {
        super(ErrorCode.NOT_FOUND, target, 404, problem, target + " found nothing" + describe(problem), null);
    }
}
