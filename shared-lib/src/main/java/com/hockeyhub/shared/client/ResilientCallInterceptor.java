package com.hockeyhub.shared.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.shared.retry.Backoff;
import com.hockeyhub.shared.security.CurrentUserAuthentication;
import com.hockeyhub.shared.web.RequestIds;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every call to another service passes here: it carries the request id and a token (the caller's own bearer token
 * inside a request, otherwise this service's token), goes through the target's circuit breaker, and — only when
 * idempotent (GET/HEAD/OPTIONS, or a call with an {@code Idempotency-Key}) — is retried with exponential back-off
 * on connection errors, timeouts and 502/503/504/429.
 * <p>
 * Must be the last interceptor: a retry executes the rest of the chain again.
 */
class ResilientCallInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ResilientCallInterceptor.class);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

    private final String target;
    private final ClientProperties.Target settings;
    private final CircuitBreaker breaker;
    private final ServiceTokenProvider serviceTokens;

    ResilientCallInterceptor(String target, ClientProperties.Target settings, CircuitBreaker breaker,
            ServiceTokenProvider serviceTokens) {
        this.target = target;
        this.settings = settings;
        this.breaker = breaker;
        this.serviceTokens = serviceTokens;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        HttpHeaders headers = request.getHeaders();
        if (headers.getFirst(RequestIds.HEADER) == null) {
            RequestIds.current().ifPresent(id -> headers.set(RequestIds.HEADER, id));
        }
        if (headers.getFirst(HttpHeaders.AUTHORIZATION) == null) {
            callerToken().or(serviceTokens::token).ifPresent(headers::setBearerAuth);
        }
        boolean idempotent = SAFE.contains(request.getMethod()) || headers.getFirst(IDEMPOTENCY_KEY) != null;
        int attempts = idempotent ? Math.max(1, settings.getMaxAttempts()) : 1;
        boolean reached = false; // whether any attempt may have got to the service (a saga then undoes the call)
        for (int attempt = 1; ; attempt++) {
            if (!breaker.tryAcquirePermission()) {
                throw new RemoteServiceUnavailableException(target, "circuit breaker open", null, reached);
            }
            long started = System.nanoTime();
            try {
                ClientHttpResponse response = execution.execute(request, body);
                int status = response.getStatusCode().value();
                long elapsed = System.nanoTime() - started;
                if (status >= 500) {
                    breaker.onError(elapsed, TimeUnit.NANOSECONDS, new IOException("HTTP " + status));
                } else {
                    breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
                }
                if (RETRYABLE.contains(status) && attempt < attempts) {
                    response.close();
                    pause(request, attempt, "HTTP " + status);
                    continue;
                }
                return response;
            } catch (IOException e) {
                breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
                reached |= !(e instanceof ConnectException || e instanceof HttpConnectTimeoutException);
                if (attempt < attempts) {
                    pause(request, attempt, e.toString());
                    continue;
                }
                throw new RemoteServiceUnavailableException(target, e.getClass().getSimpleName()
                        + (e.getMessage() != null ? " " + e.getMessage() : ""), e, reached);
            }
        }
    }

    private void pause(HttpRequest request, int attempt, String reason) {
        Duration delay = Backoff.exponential(settings.getInitialBackoff(), 2.0, settings.getMaxBackoff())
                .delayAfter(attempt);
        long millis = delay.toMillis() / 2 + ThreadLocalRandom.current().nextLong(delay.toMillis() / 2 + 1);
        log.debug("{} {} {} failed ({}); retry {} in {} ms", target, request.getMethod(), request.getURI(), reason,
                attempt + 1, millis);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteServiceUnavailableException(target, "interrupted while retrying", e);
        }
    }

    private static Optional<String> callerToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CurrentUserAuthentication user && user.getToken() != null) {
            return Optional.of(user.getToken().getTokenValue());
        }
        return Optional.empty();
    }
}
