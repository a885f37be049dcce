package com.hockeyhub.payment.subscription;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily, on every replica: trials whose end passed become expired ({@code subscription.changed}). The rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and only trialing ones match, so each trial expires once.
 */
@Component
class TrialExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(TrialExpiryJob.class);

    private final SubscriptionService subscriptions;
    private final Clock clock;

    TrialExpiryJob(SubscriptionService subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Scheduled(cron = "${hockeyhub.payment.sweep-cron:0 15 2 * * *}", zone = "UTC")
    void run() {
        try {
            int expired = subscriptions.expireTrials(LocalDate.now(clock));
            if (expired > 0) {
                log.info("{} trial subscription(s) expired", expired);
            }
        } catch (RuntimeException e) {
            log.warn("Trial expiry failed; the next run retries: {}", e.getMessage());
        }
    }
}
