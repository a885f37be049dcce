package com.hockeyhub.statistics.views;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs on every replica; {@link ViewRefresher} makes sure one refresh runs at a time and only when due. */
@Component
class ViewRefreshJob {

    private static final Logger log = LoggerFactory.getLogger(ViewRefreshJob.class);

    private final ViewRefresher refresher;

    ViewRefreshJob(ViewRefresher refresher) {
        this.refresher = refresher;
    }

    @Scheduled(fixedDelayString = "${hockeyhub.statistics.refresh-poll:PT0.5S}", initialDelayString = "PT2S")
    void run() {
        try {
            refresher.refreshDue();
        } catch (RuntimeException e) {
            log.warn("View refresh failed; the next run retries: {}", e.getMessage());
        }
    }
}
