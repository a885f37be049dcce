package com.hockeyhub.statistics.workload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bands also change with time alone (a week without training lowers the acute load): players not evaluated today
 * are re-evaluated in batches. Runs on every replica; rows are claimed with SKIP LOCKED.
 */
@Component
public class WorkloadRiskJob {

    private static final Logger log = LoggerFactory.getLogger(WorkloadRiskJob.class);
    private static final int BATCH = 200;

    private final WorkloadService workloads;

    WorkloadRiskJob(WorkloadService workloads) {
        this.workloads = workloads;
    }

    @Scheduled(fixedDelayString = "${hockeyhub.statistics.risk-interval:PT15M}", initialDelayString = "PT30S")
    public void run() {
        try {
            int total = 0;
            int done;
            do {
                done = workloads.reevaluateDue(BATCH);
                total += done;
            } while (done == BATCH);
            if (total > 0) {
                log.info("Re-evaluated the workload risk of {} player(s)", total);
            }
        } catch (RuntimeException e) {
            log.warn("Workload re-evaluation failed; the next run retries: {}", e.getMessage());
        }
    }
}
