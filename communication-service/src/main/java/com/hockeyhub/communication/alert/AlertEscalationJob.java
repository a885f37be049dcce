package com.hockeyhub.communication.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs on every replica; {@link AlertService#escalateDue} claims each due alert on one of them, once per level. */
@Component
class AlertEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(AlertEscalationJob.class);

    private final AlertService alerts;

    AlertEscalationJob(AlertService alerts) {
        this.alerts = alerts;
    }

    @Scheduled(fixedDelayString = "${hockeyhub.communication.alerts.interval:PT30S}",
            initialDelayString = "${hockeyhub.communication.alerts.interval:PT30S}")
    void run() {
        try {
            int escalated;
            do {
                escalated = alerts.escalateDue(java.time.Instant.now());
                if (escalated > 0) {
                    log.info("Escalated {} unacknowledged alert(s)", escalated);
                }
            } while (escalated > 0);
        } catch (RuntimeException e) {
            log.warn("Alert escalation failed; the next run retries: {}", e.getMessage());
        }
    }
}
