package com.hockeyhub.communication.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.communication.delivery.*}: the sender address, attempts and back-off of the delivery queue. */
@ConfigurationProperties("hockeyhub.communication.delivery")
public record DeliveryProperties(String mailFrom, Integer maxAttempts, Duration backoff, Integer batchSize,
                                 Duration lease) {

    public DeliveryProperties {
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "no-reply@hockeyhub.local" : mailFrom;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        backoff = backoff == null ? Duration.ofMinutes(1) : backoff;
        batchSize = batchSize == null ? 20 : batchSize;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
    }
}
