package com.hockeyhub.communication.broadcast;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs on every replica; {@link BroadcastService#sendDue} claims each due broadcast on one of them. */
@Component
class BroadcastJob {

    private static final Logger log = LoggerFactory.getLogger(BroadcastJob.class);

    private final BroadcastService broadcasts;

    BroadcastJob(BroadcastService broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Scheduled(fixedDelayString = "${hockeyhub.communication.broadcasts.interval:PT30S}",
            initialDelayString = "${hockeyhub.communication.broadcasts.interval:PT30S}")
    void run() {
        try {
            int sent;
            do {
                sent = broadcasts.sendDue(Instant.now());
                if (sent > 0) {
                    log.info("Sent {} scheduled broadcast(s)", sent);
                }
            } while (sent > 0);
        } catch (RuntimeException e) {
            log.warn("Scheduled broadcasts failed; the next run retries: {}", e.getMessage());
        }
    }
}
