package com.hockeyhub.admin.health;

import java.time.Duration;

/**
 * A service's score, 0–100: it starts at 100; DOWN, OUT_OF_SERVICE, an unreadable answer or none costs 100,
 * DEGRADED 25; an answer slower than the slow threshold costs 10, four times slower 20; and the share of the
 * recent rounds the service failed (its error rate) costs up to 25. The suite is healthy from 80, degraded from 60,
 * else unhealthy.
 */
public final class HealthScore {

    public static final String HEALTHY = "healthy";
    public static final String DEGRADED = "degraded";
    public static final String UNHEALTHY = "unhealthy";

    private HealthScore() {
    }

    /** {@code errorRate}: failed rounds / recent rounds (0–1), not counting this one. */
    public static int score(String status, long millis, Duration slow, double errorRate) {
        int score = 100;
        switch (status) {
            case "UP" -> { }
            case "DEGRADED" -> score -= 25;
            default -> score -= 100;
        }
        long slowMillis = Math.max(1, slow.toMillis());
        if (millis > 4 * slowMillis) {
            score -= 20;
        } else if (millis > slowMillis) {
            score -= 10;
        }
        score -= (int) Math.round(Math.max(0, Math.min(1, errorRate)) * 25);
        return Math.max(0, Math.min(100, score));
    }

    /** Whether an answer counts as a failure for the error rate. */
    public static boolean failed(String status) {
        return !"UP".equals(status) && !"DEGRADED".equals(status);
    }

    public static String systemStatus(int score) {
        return score >= 80 ? HEALTHY : score >= 60 ? DEGRADED : UNHEALTHY;
    }
}
