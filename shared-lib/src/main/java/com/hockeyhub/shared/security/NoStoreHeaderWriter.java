package com.hockeyhub.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.header.HeaderWriter;

/**
 * {@code Cache-Control: no-store} on every answer whose handler set no caching of its own (and on no 304), in place
 * of Spring Security's default trio ({@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate},
 * {@code Pragma: no-cache}, {@code Expires: 0}). {@code no-store} alone keeps every HTTP/1.1 cache and browser from
 * storing the answer (RFC 9111 5.2.2.5; OWASP's REST security headers); the other two only speak to HTTP/1.0 caches,
 * and each header costs Tomcat an encoder and buffers on every response (docs/performance.md "cache").
 */
final class NoStoreHeaderWriter implements HeaderWriter {

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() == HttpStatus.NOT_MODIFIED.value()
                || response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.containsHeader(HttpHeaders.EXPIRES)
                || response.containsHeader(HttpHeaders.PRAGMA)) {
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
