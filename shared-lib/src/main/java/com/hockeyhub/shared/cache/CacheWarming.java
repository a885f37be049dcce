package com.hockeyhub.shared.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.hockeyhub.shared.db.AcrossClubs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Connects to Redis, then runs the {@link CacheWarmer}s named in {@code hockeyhub.cache.warm} once the application is ready and before it
 * reports readiness (listeners of ApplicationReadyEvent run before the readiness state changes), then, if
 * {@code hockeyhub.cache.warm-interval} is set, again at that interval on a background thread.
 */
public class CacheWarming implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CacheWarming.class);

    private final ObjectProvider<CacheWarmer> warmers;
    private final Runnable connect;
    private final List<String> names;
    private final Duration interval;
    private final AtomicLong completedRuns = new AtomicLong();
    private ScheduledExecutorService scheduler;

    public CacheWarming(ObjectProvider<CacheWarmer> warmers, List<String> names, Duration interval, Runnable connect) {
        this.warmers = warmers;
        this.connect = connect;
        this.names = names;
        this.interval = interval;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        connect.run();
        if (names.isEmpty()) {
            return;
        }
        List<CacheWarmer> known = warmers.orderedStream().toList();
        for (String name : names) {
            if (known.stream().noneMatch(w -> w.name().equals(name))) {
                log.warn("hockeyhub.cache.warm names '{}' but no CacheWarmer bean has that name (known: {})", name,
                        known.stream().map(CacheWarmer::name).toList());
            }
        }
        warmAll();
        if (interval != null && !interval.isZero() && !interval.isNegative() && scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "cache-warming");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::warmAll, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Runs every configured warmer now; a failing warmer is logged and the others still run. */
    public void warmAll() {
        AcrossClubs.run(this::warmEach); // warming serves no user: it loads every club's entries
    }

    private void warmEach() {
        for (CacheWarmer warmer : warmers.orderedStream().toList()) {
            if (!names.contains(warmer.name())) {
                continue;
            }
            long start = System.nanoTime();
            try {
                warmer.warm();
                log.info("Cache warmer '{}' done in {} ms", warmer.name(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Cache warmer '{}' failed after {} ms: {}", warmer.name(),
                        (System.nanoTime() - start) / 1_000_000, e.toString());
            }
        }
        completedRuns.incrementAndGet();
    }

    public long completedRuns() {
        return completedRuns.get();
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
