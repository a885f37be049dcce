package com.hockeyhub.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Prometheus cannot fetch short-lived service tokens: it scrapes {@code /actuator/prometheus} with a static bearer
 * secret ({@code hockeyhub.security.metrics-scrape-token}). A request to that path carrying exactly that secret is
 * authenticated as a metrics scraper (role service, no club, no user) and its header is not handed on to JWT
 * validation; anything else takes the normal way (a service token or a super admin's token is accepted there too).
 * Without a configured secret the filter does nothing.
 */
final class MetricsScrapeTokenFilter extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    /** The principal of a scrape: not a user of any club. */
    static final UUID SCRAPER = new UUID(0, 0);

    private final byte[] expected;

    MetricsScrapeTokenFilter(String secret) {
        this.expected = secret == null || secret.isBlank() ? null
                : ("Bearer " + secret.trim()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return expected == null || !path.equals(PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser scraper = new CurrentUser(SCRAPER, null, null, Set.of(Role.SERVICE), Set.of(), Set.of());
        SecurityContextHolder.getContext().setAuthentication(new CurrentUserAuthentication(scraper, null));
        chain.doFilter(new WithoutAuthorization(request), response);
    }

    /** The request without its Authorization header: the secret is no JWT. */
    private static final class WithoutAuthorization extends HttpServletRequestWrapper {

        WithoutAuthorization(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }
    }
}
