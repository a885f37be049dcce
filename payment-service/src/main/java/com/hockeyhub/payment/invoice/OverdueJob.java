package com.hockeyhub.payment.invoice;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs daily on every replica; {@link OverdueSweep} makes sure each invoice is marked and announced once. */
@Component
class OverdueJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final OverdueSweep sweep;
    private final Clock clock;

    OverdueJob(OverdueSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(cron = "${hockeyhub.payment.sweep-cron:0 15 2 * * *}", zone = "UTC")
    void run() {
        LocalDate today = LocalDate.now(clock);
        try {
            int overdue = 0;
            int marked;
            do {
                marked = sweep.markOverdue(today);
                overdue += marked;
            } while (marked > 0);
            int reminded = 0;
            do {
                marked = sweep.remindDueSoon(today);
                reminded += marked;
            } while (marked > 0);
            log.info("Overdue sweep for {}: {} invoice(s) overdue, {} reminder(s)", today, overdue, reminded);
        } catch (RuntimeException e) {
            log.warn("Overdue sweep failed; the next run retries: {}", e.getMessage());
        }
    }
}
