package com.hockeyhub.admin;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * admin-service settings ({@code hockeyhub.admin.*}): the suite's services to watch (name → base URL), how long a
 * health answer is reused and may take, how long audit rows are kept, and the values a new club starts with (setting
 * key → JSON value).
 */
@ConfigurationProperties("hockeyhub.admin")
public record AdminProperties(Duration healthCache, Duration healthTimeout, Duration auditRetention,
                              Map<String, String> services, Map<String, String> newClub) {

    public AdminProperties {
        healthCache = healthCache == null ? Duration.ofSeconds(10) : healthCache;
        healthTimeout = healthTimeout == null ? Duration.ofSeconds(2) : healthTimeout;
        auditRetention = auditRetention == null ? Duration.ofDays(400) : auditRetention;
        services = services == null ? Map.of() : Map.copyOf(services);
        newClub = newClub == null ? Map.of() : Map.copyOf(newClub);
    }
}
