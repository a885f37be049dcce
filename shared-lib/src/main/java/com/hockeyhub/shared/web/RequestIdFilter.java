package com.hockeyhub.shared.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts the caller's {@code X-Request-Id} (if it is a sane token) or generates one, puts it into the MDC
 * for every log line of the request and echoes it on the response. Runs before security so 401s carry it too.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(RequestIds.HEADER);
        String requestId = incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming : RequestIds.newId();
        MDC.put(RequestIds.MDC_KEY, requestId);
        request.setAttribute(RequestIds.MDC_KEY, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
