package com.hockeyhub.communication.delivery;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs on every replica; {@link DeliveryQueue#deliverDue} claims each due delivery on one of them. */
@Component
class DeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);

    private final DeliveryQueue queue;

    DeliveryJob(DeliveryQueue queue) {
        this.queue = queue;
    }

    @Scheduled(fixedDelayString = "${hockeyhub.communication.delivery.interval:PT10S}",
            initialDelayString = "${hockeyhub.communication.delivery.interval:PT10S}")
    void run() {
        try {
            while (queue.deliverDue(Instant.now()) > 0) {
                log.debug("Delivered a batch of notifications");
            }
        } catch (RuntimeException e) {
            log.warn("Notification delivery failed; the next run retries: {}", e.getMessage());
        }
    }
}
