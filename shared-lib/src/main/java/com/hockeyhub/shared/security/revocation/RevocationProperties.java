package com.hockeyhub.shared.security.revocation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access-token revocation ({@code hockeyhub.security.revocation.*}). {@code tokenLifetime} must be at least
 * user-service's access-token lifetime (15 minutes): entries older than it are dropped.
 */
@ConfigurationProperties("hockeyhub.security.revocation")
public record RevocationProperties(Boolean enabled, String key, Duration reloadInterval, Duration tokenLifetime) {

    public RevocationProperties {
        enabled = enabled == null || enabled;
        key = key == null || key.isBlank() ? "hh:security:revocations" : key;
        reloadInterval = reloadInterval == null ? Duration.ofSeconds(30) : reloadInterval;
        tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(30) : tokenLifetime;
    }
}
