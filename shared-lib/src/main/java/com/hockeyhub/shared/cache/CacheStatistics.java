package com.hockeyhub.shared.cache;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The statistics of every cache of this instance. Each cache is published to Micrometer under the conventional
 * names ({@code cache.gets{result=hit|miss}}, {@code cache.puts}, {@code cache.evictions}) plus {@code cache.errors}
 * (Redis failures served from the source) and {@code cache.tag.invalidations}.
 */
public class CacheStatistics {

    private final Map<String, CacheStats> caches = new ConcurrentHashMap<>();
    private final LongAdder tagInvalidations = new LongAdder();
    private final ObjectProvider<MeterRegistry> registry;

    public CacheStatistics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            FunctionCounter.builder("cache.tag.invalidations", tagInvalidations, LongAdder::sum)
                    .description("Tags invalidated (each removes all entries carrying it)").register(meters);
        }
    }

    /** The counters of a cache, created (and registered with Micrometer) on first use. */
    public CacheStats forCache(String name) {
        return caches.computeIfAbsent(name, this::create);
    }

    public Map<String, CacheStats> all() {
        return new TreeMap<>(caches);
    }

    public long tagInvalidations() {
        return tagInvalidations.sum();
    }

    void tagsInvalidated(int count) {
        tagInvalidations.add(count);
    }

    private CacheStats create(String name) {
        CacheStats stats = new CacheStats();
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            Tags tags = Tags.of("cache", name, "cache.manager", "cacheManager");
            FunctionCounter.builder("cache.gets", stats.hits, LongAdder::sum).tags(tags).tag("result", "hit")
                    .description("Cache reads that found an entry").register(meters);
            FunctionCounter.builder("cache.gets", stats.misses, LongAdder::sum).tags(tags).tag("result", "miss")
                    .description("Cache reads that found nothing (or could not reach Redis)").register(meters);
            FunctionCounter.builder("cache.puts", stats.puts, LongAdder::sum).tags(tags)
                    .description("Entries written").register(meters);
            FunctionCounter.builder("cache.evictions", stats.evictions, LongAdder::sum).tags(tags)
                    .description("Entries removed by eviction, clearing or tag invalidation").register(meters);
            FunctionCounter.builder("cache.errors", stats.errors, LongAdder::sum).tags(tags)
                    .description("Redis failures; the request was served from the source").register(meters);
        }
        return stats;
    }
}
