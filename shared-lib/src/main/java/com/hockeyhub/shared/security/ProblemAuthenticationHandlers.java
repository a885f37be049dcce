package com.hockeyhub.shared.security;

import java.io.IOException;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filters as problem details, like every other error. */
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper jsonMapper;

    public ProblemAuthenticationHandlers(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        boolean invalidToken = ex instanceof OAuth2AuthenticationException;
        String detail = invalidToken ? "The access token is invalid or expired" : "An access token is required";
        response.setHeader("WWW-Authenticate", invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(response, Problems.of(ErrorCode.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED, detail, request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(response, Problems.of(ErrorCode.FORBIDDEN, HttpStatus.FORBIDDEN, "You are not allowed to do this",
                request));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Problems.write(response, problem, jsonMapper);
    }
}
