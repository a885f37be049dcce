package com.hockeyhub.shared.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.clients.<service>.*}: base URL, timeouts, retries and circuit breaker of each target service
 * (e.g. {@code hockeyhub.clients.user-service.url}), and {@code hockeyhub.service-token.*}: this service's client
 * credentials for calls made outside a request.
 */
@ConfigurationProperties("hockeyhub")
public class ClientProperties {

    private Map<String, Target> clients = new LinkedHashMap<>();

    private final ServiceToken serviceToken = new ServiceToken();

    public Map<String, Target> getClients() {
        return clients;
    }

    public void setClients(Map<String, Target> clients) {
        this.clients = clients;
    }

    public ServiceToken getServiceToken() {
        return serviceToken;
    }

    /** The settings of a target, defaults where not configured. */
    public Target target(String name) {
        return clients.getOrDefault(name, new Target());
    }

    public static class Target {

        /** Base URL, e.g. {@code http://localhost:8081}. */
        private String url;

        private Duration connectTimeout = Duration.ofSeconds(2);

        private Duration readTimeout = Duration.ofSeconds(5);

        /** Attempts of an idempotent call (GET, or a call carrying an {@code Idempotency-Key}); others get one. */
        private int maxAttempts = 3;

        /** Pause before the second attempt; doubles per attempt (with jitter) up to {@code max-backoff}. */
        private Duration initialBackoff = Duration.ofMillis(200);

        private Duration maxBackoff = Duration.ofSeconds(2);

        private final Breaker breaker = new Breaker();

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Breaker getBreaker() {
            return breaker;
        }
    }

    /** The target's circuit breaker (resilience4j, count-based window). */
    public static class Breaker {

        /** Failure rate (5xx, timeouts, connection errors) in percent that opens the breaker. */
        private float failureRateThreshold = 50;

        private int slidingWindowSize = 20;

        /** Calls needed in the window before the failure rate counts. */
        private int minimumNumberOfCalls = 10;

        /** How long an open breaker rejects calls before letting trial calls through. */
        private Duration waitInOpenState = Duration.ofSeconds(10);

        private int permittedCallsInHalfOpenState = 3;

        public float getFailureRateThreshold() {
            return failureRateThreshold;
        }

        public void setFailureRateThreshold(float failureRateThreshold) {
            this.failureRateThreshold = failureRateThreshold;
        }

        public int getSlidingWindowSize() {
            return slidingWindowSize;
        }

        public void setSlidingWindowSize(int slidingWindowSize) {
            this.slidingWindowSize = slidingWindowSize;
        }

        public int getMinimumNumberOfCalls() {
            return minimumNumberOfCalls;
        }

        public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
            this.minimumNumberOfCalls = minimumNumberOfCalls;
        }

        public Duration getWaitInOpenState() {
            return waitInOpenState;
        }

        public void setWaitInOpenState(Duration waitInOpenState) {
            this.waitInOpenState = waitInOpenState;
        }

        public int getPermittedCallsInHalfOpenState() {
            return permittedCallsInHalfOpenState;
        }

        public void setPermittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
            this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
        }
    }

    /** Client credentials exchanged at user-service for a token with role {@code service}. */
    public static class ServiceToken {

        /** This service's client id (defaults to {@code spring.application.name}). */
        private String clientId;

        /** From the environment ({@code SERVICE_CLIENT_SECRET}); without it, calls outside a request carry no token. */
        private String clientSecret;

        /** The client target that issues tokens. */
        private String issuer = "user-service";

        private String path = "/api/auth/service-token";

        /** A cached token is renewed this long before it expires. */
        private Duration refreshBeforeExpiry = Duration.ofSeconds(30);

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public Duration getRefreshBeforeExpiry() {
            return refreshBeforeExpiry;
        }

        public void setRefreshBeforeExpiry(Duration refreshBeforeExpiry) {
            this.refreshBeforeExpiry = refreshBeforeExpiry;
        }
    }
}
