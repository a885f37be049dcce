package com.hockeyhub.shared.db;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * A request states whose data it reads itself — its signed-in user's club, or no club — and never inherits an
 * {@link AcrossClubs} scope from the thread that serves it (a test's thread, a pooled thread a careless task left
 * marked). Code inside the request that must span clubs says so with {@link AcrossClubs}.
 */
public class RequestsStateTheirClub implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (AcrossClubs.Scope ignored = AcrossClubs.suspend()) {
            chain.doFilter(request, response);
        }
    }
}
