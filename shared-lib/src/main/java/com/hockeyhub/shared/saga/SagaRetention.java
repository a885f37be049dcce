package com.hockeyhub.shared.saga;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes finished sagas (with their step logs) after the retention period: COMPLETED and COMPENSATED after
 * {@code hockeyhub.saga.retention.finished}, FAILED after {@code .failed}. Deletes in small batches with
 * {@code SKIP LOCKED}, so replicas purging at once neither block nor double-count.
 */
public class SagaRetention {

    private static final Logger log = LoggerFactory.getLogger(SagaRetention.class);
    private static final int BATCH = 500;

    private final SagaStore store;
    private final SagaProperties properties;
    private final Clock clock;

    public SagaRetention(SagaStore store, SagaProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns the number of sagas deleted. */
    public int purge() {
        int deleted = purge(List.of(SagaStatus.COMPLETED, SagaStatus.COMPENSATED), properties.getRetention().getFinished())
                + purge(List.of(SagaStatus.FAILED), properties.getRetention().getFailed());
        if (deleted > 0) {
            log.info("Purged {} finished sagas", deleted);
        }
        return deleted;
    }

    private int purge(List<SagaStatus> statuses, java.time.Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = store.purgeFinished(statuses, clock.instant().minus(retention), BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
