package com.hockeyhub.shared.cache;

import java.util.concurrent.atomic.LongAdder;

/** Counters of one cache on this instance; the source of both the Micrometer meters and the cachestats endpoint. */
public final class CacheStats {

    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder puts = new LongAdder();
    final LongAdder evictions = new LongAdder();
    final LongAdder errors = new LongAdder();

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long puts() {
        return puts.sum();
    }

    public long evictions() {
        return evictions.sum();
    }

    public long errors() {
        return errors.sum();
    }

    /** Hits over gets, 0 when nothing was read yet. */
    public double hitRatio() {
        long hit = hits();
        long total = hit + misses();
        return total == 0 ? 0.0 : (double) hit / total;
    }
}
