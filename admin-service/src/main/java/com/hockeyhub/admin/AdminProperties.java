package com.hockeyhub.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * admin-service settings ({@code hockeyhub.admin.*}): the suite's services to watch (name → base URL), how long a
 * live health answer is reused and may take, how often health is polled and kept, what counts as a slow answer,
 * how long audit rows are kept, which services run sagas (their outcomes on the platform dashboard), and the values a new club starts with (setting key → JSON value).
 */
@ConfigurationProperties("hockeyhub.admin")
public record AdminProperties(Duration healthCache, Duration healthTimeout, Duration healthInterval,
                              Duration healthSlow, Duration healthRetention, Duration auditRetention,
                              Map<String, String> services, List<String> sagaServices,
                              Map<String, String> newClub) {

    public AdminProperties {
        healthCache = healthCache == null ? Duration.ofSeconds(10) : healthCache;
        healthTimeout = healthTimeout == null ? Duration.ofSeconds(2) : healthTimeout;
        healthInterval = healthInterval == null ? Duration.ofSeconds(30) : healthInterval;
        healthSlow = healthSlow == null ? Duration.ofMillis(500) : healthSlow;
        healthRetention = healthRetention == null ? Duration.ofDays(30) : healthRetention;
        auditRetention = auditRetention == null ? Duration.ofDays(400) : auditRetention;
        services = services == null ? Map.of() : Map.copyOf(services);
        sagaServices = sagaServices == null ? List.of("user-service") : List.copyOf(sagaServices);
        newClub = newClub == null ? Map.of() : Map.copyOf(newClub);
    }
}
