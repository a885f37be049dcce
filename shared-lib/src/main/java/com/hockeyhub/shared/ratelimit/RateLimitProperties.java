package com.hockeyhub.shared.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.rate-limit.*}: token buckets in Redis, per client. {@code auth} guards the authentication
 * endpoints per client address; {@code writes} guards every other POST/PUT/PATCH/DELETE under {@code /api/} per
 * user (per address when anonymous). Reads are never limited here: they are what the cache is for.
 */
@ConfigurationProperties("hockeyhub.rate-limit")
public class RateLimitProperties {

    private boolean enabled = true;

    /** How long to bypass Redis after an error (requests are allowed meanwhile: the limiter fails open). */
    private Duration retryInterval = Duration.ofSeconds(2);

    private final Policy auth = new Policy(20, Duration.ofMinutes(1), new ArrayList<>(List.of("/api/auth/**")));

    private final Policy writes = new Policy(300, Duration.ofMinutes(1), new ArrayList<>(List.of("/api/**")));

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getRetryInterval() {
        return retryInterval;
    }

    public void setRetryInterval(Duration retryInterval) {
        this.retryInterval = retryInterval;
    }

    public Policy getAuth() {
        return auth;
    }

    public Policy getWrites() {
        return writes;
    }

    /** A bucket of {@code capacity} requests that refills completely over {@code period}. */
    public static class Policy {

        private int capacity;
        private Duration period;
        /** Ant-style paths the policy applies to. */
        private List<String> paths;

        Policy(int capacity, Duration period, List<String> paths) {
            this.capacity = capacity;
            this.period = period;
            this.paths = paths;
        }

        public int getCapacity() {
            return capacity;
        }

        public void setCapacity(int capacity) {
            this.capacity = capacity;
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }

        public List<String> getPaths() {
            return paths;
        }

        public void setPaths(List<String> paths) {
            this.paths = paths;
        }
    }
}
