package com.hockeyhub.shared.settings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.settings.*}: whether this service reads admin-service's effective settings and feature flags
 * ({@code enabled}, off by default: without it no client, cache or subscription exists), how long a looked-up subject
 * is kept at most (events normally evict it long before) and how many subjects are kept.
 */
@ConfigurationProperties("hockeyhub.settings")
public class SettingsProperties {

    private boolean enabled;

    private Duration ttl = Duration.ofMinutes(5);

    private int maxEntries = 10_000;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getTtl() {
        return ttl;
    }

    public void setTtl(Duration ttl) {
        this.ttl = ttl;
    }

    public int getMaxEntries() {
        return maxEntries;
    }

    public void setMaxEntries(int maxEntries) {
        this.maxEntries = maxEntries;
    }
}
