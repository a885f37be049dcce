package com.hockeyhub.shared.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fail-open switch of the cache. After a Redis error the cache is bypassed for {@code retryInterval} (every read
 * is a miss served from the source, writes are skipped), so an outage costs one command timeout per interval instead
 * of one per request. The first operation after the interval probes Redis; on success caching resumes. Evictions and
 * tag invalidations that could not reach Redis mark caches dirty: they are cleared on recovery before the first read,
 * so an entry that missed its invalidation is never served. Errors are all counted and logged once per interval.
 */
public class RedisGuard {

    private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);

    private final long retryNanos;
    private final long logIntervalNanos;
    private final AtomicBoolean probing = new AtomicBoolean();
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - Long.MAX_VALUE / 2);
    private final LongAdder errors = new LongAdder();
    private final LongAdder suppressedLogs = new LongAdder();
    private final Set<String> dirtyCaches = ConcurrentHashMap.newKeySet();
    private volatile boolean allDirty;
    private volatile boolean open;
    private volatile long retryAtNanos;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile BiConsumer<Set<String>, Boolean> recovery = (caches, all) -> { };

    public RedisGuard(Duration retryInterval, Duration errorLogInterval) {
        this.retryNanos = retryInterval.toNanos();
        this.logIntervalNanos = errorLogInterval.toNanos();
    }

    /** Called on recovery with the dirty caches (or all = true): must reach Redis and clear them, or throw. */
    void onRecovery(BiConsumer<Set<String>, Boolean> action) {
        this.recovery = action;
    }

    /** Whether Redis may be used now; probes (and recovers) when the retry interval has passed. */
    public boolean available() {
        if (!open) {
            return true;
        }
        if (System.nanoTime() - retryAtNanos < 0 || !probing.compareAndSet(false, true)) {
            return false;
        }
        try {
            recover();
            open = false;
            if (allDirty || !dirtyCaches.isEmpty()) {
                recover();
            }
            log.info("Redis is reachable again; caching resumed after {} errors", errors.sum());
            return true;
        } catch (RuntimeException e) {
            failure(e, "probe", null);
            return false;
        } finally {
            probing.set(false);
        }
    }

    private void recover() {
        boolean all = allDirty;
        Set<String> dirty = new HashSet<>(dirtyCaches);
        recovery.accept(dirty, all);
        if (all) {
            allDirty = false;
        }
        dirtyCaches.removeAll(dirty);
    }

    /** Counts the error, opens the switch and logs (at most once per interval). */
    public void failure(RuntimeException error, String operation, String cache) {
        errors.increment();
        retryAtNanos = System.nanoTime() + retryNanos;
        open = true;
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
        lastErrorAt = Instant.now();
        long now = System.nanoTime();
        long last = lastLogNanos.get();
        if (now - last >= logIntervalNanos && lastLogNanos.compareAndSet(last, now)) {
            long suppressed = suppressedLogs.sumThenReset();
            log.warn("Redis cache unavailable ({}{}): {}; serving from the source, retrying every {} ms "
                            + "({} errors in total, {} not logged since the last message)", operation,
                    cache == null ? "" : " on cache '" + cache + "'", lastError, retryNanos / 1_000_000,
                    errors.sum(), suppressed);
        } else {
            suppressedLogs.increment();
        }
    }

    /** An eviction of this cache could not be applied: clear the cache when Redis is back. */
    public void markDirty(String cache) {
        dirtyCaches.add(cache);
    }

    /** A tag invalidation could not be applied: clear every cache of this service when Redis is back. */
    public void markAllDirty() {
        allDirty = true;
    }

    public boolean isOpen() {
        return open;
    }

    public long errors() {
        return errors.sum();
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }
}
