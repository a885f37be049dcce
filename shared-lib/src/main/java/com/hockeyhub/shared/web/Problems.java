package com.hockeyhub.shared.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.api.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

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

    /** Writes a problem from a servlet filter or handler, outside Spring MVC's message converters. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
