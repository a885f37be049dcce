package com.hockeyhub.calendar.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs on every replica; {@link ReminderService#sendDue()} makes sure each reminder goes out once. */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${hockeyhub.calendar.reminders.interval:PT30S}",
            initialDelayString = "${hockeyhub.calendar.reminders.interval:PT30S}")
    public void run() {
        try {
            int sent;
            do {
                sent = reminders.sendDue();
                if (sent > 0) {
                    log.info("Sent {} reminder(s)", sent);
                }
            } while (sent > 0);
        } catch (RuntimeException e) {
            log.warn("Reminder run failed; the next run retries: {}", e.getMessage());
        }
    }
}
