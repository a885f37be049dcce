package com.hockeyhub.shared.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.api.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem details of the suite: status, title, detail, code, request id, time, field errors. */
public final class Problems {

    public static final String TYPE_BASE = "https://hockeyhub.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        enrich(problem, code, request);
        return problem;
    }

    public static ProblemDetail enrich(ProblemDetail problem, ErrorCode code, HttpServletRequest request) {
        problem.setType(URI.create(TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setProperty("code", code.name());
        String requestId = request == null ? null : (String) request.getAttribute(RequestIds.MDC_KEY);
        problem.setProperty("requestId", requestId != null ? requestId : MDC.get(RequestIds.MDC_KEY));
        problem.setProperty("timestamp", Instant.now().toString());
        if (request != null && problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
