package com.hockeyhub.shared.saga;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.shared.db.AcrossClubs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background task run with a fixed delay on its own daemon thread while the application runs, without requiring
 * the application to enable Spring scheduling. The task itself must be replica-safe (claim rows, lock, or be
 * idempotent); a failing run is logged and the next one runs as planned.
 */
public class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration interval;
    private final Runnable task;
    private ScheduledExecutorService scheduler;

    public PeriodicJob(String name, Duration initialDelay, Duration interval, Runnable task) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.task = task;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(AcrossClubs.task(runnable), name); // a job serves no user
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("{} failed; next run in {}", name, interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // stop before the web server and data source are shut down
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
