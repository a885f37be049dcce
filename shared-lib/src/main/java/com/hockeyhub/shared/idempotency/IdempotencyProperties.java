package com.hockeyhub.shared.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.idempotency.*}: how long keys are remembered. */
@ConfigurationProperties(prefix = "hockeyhub.idempotency")
public class IdempotencyProperties {

    /** A key and its result are remembered this long; a retry after that acts again. */
    private Duration retention = Duration.ofDays(7);
    private Duration purgeInterval = Duration.ofHours(1);

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }
}
