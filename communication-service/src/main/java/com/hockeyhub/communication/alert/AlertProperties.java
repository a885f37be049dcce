package com.hockeyhub.communication.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.communication.alerts.*}: how long an urgent alert waits for an acknowledgement before it reaches
 * the next level (an alert may set its own), which injuries raise one, how often the escalation job looks.
 */
@ConfigurationProperties("hockeyhub.communication.alerts")
public record AlertProperties(Duration acknowledgeWithin, Integer injurySeverity, Integer batchSize) {

    public AlertProperties {
        acknowledgeWithin = acknowledgeWithin == null ? Duration.ofMinutes(15) : acknowledgeWithin;
        injurySeverity = injurySeverity == null ? 4 : injurySeverity;
        batchSize = batchSize == null ? 50 : batchSize;
    }
}
