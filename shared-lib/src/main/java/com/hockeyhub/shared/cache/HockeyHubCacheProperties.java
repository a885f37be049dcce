package com.hockeyhub.shared.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.cache.*}: the Redis cache of every service. Defaults live in {@code hockeyhub-defaults.properties}.
 */
@ConfigurationProperties("hockeyhub.cache")
public class HockeyHubCacheProperties {

    /** false = every cached method always runs (NoOp cache manager); used to measure the cache's gain. */
    private boolean enabled = true;

    /** Prefix of every key of this service, {@code hh:<spring.application.name>:} unless set. */
    private String keyPrefix;

    /** TTL of caches without an entry in {@link #ttl}. */
    private Duration defaultTtl = Duration.ofMinutes(10);

    /** TTL per cache name, e.g. {@code hockeyhub.cache.ttl.users=5m}. */
    private Map<String, Duration> ttl = new LinkedHashMap<>();

    /** Store {@code null} results (as a marker) instead of running the method again. */
    private boolean cacheNullValues = false;

    /** Names of {@link CacheWarmer}s to run at startup, e.g. {@code users,team-rosters}. */
    private List<String> warm = new ArrayList<>();

    /** Re-run the warmers at this interval as well; none when unset. */
    private Duration warmInterval;

    /** After a Redis error, Redis is bypassed (served from the source) for this long before it is tried again. */
    private Duration retryInterval = Duration.ofSeconds(2);

    /** Redis errors are logged at most once per interval (all are counted). */
    private Duration errorLogInterval = Duration.ofMinutes(1);

    /**
     * How far before a tagged entry's load an invalidation of one of its tags must have happened for the entry to be
     * stored anyway; covers clock differences between this instance and Redis.
     */
    private Duration invalidationWindowMargin = Duration.ofMillis(100);

    /** Server-assisted near cache (Redis CLIENT TRACKING), see {@link RedisNearCache}. */
    private final Near near = new Near();

    /** Tag sets larger than this are pruned of members whose entries have expired, a sample at every tagged put. */
    private int tagPruneThreshold = 64;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public Duration getDefaultTtl() {
        return defaultTtl;
    }

    public void setDefaultTtl(Duration defaultTtl) {
        this.defaultTtl = defaultTtl;
    }

    public Map<String, Duration> getTtl() {
        return ttl;
    }

    public void setTtl(Map<String, Duration> ttl) {
        this.ttl = ttl;
    }

    public boolean isCacheNullValues() {
        return cacheNullValues;
    }

    public void setCacheNullValues(boolean cacheNullValues) {
        this.cacheNullValues = cacheNullValues;
    }

    public List<String> getWarm() {
        return warm;
    }

    public void setWarm(List<String> warm) {
        this.warm = warm;
    }

    public Duration getWarmInterval() {
        return warmInterval;
    }

    public void setWarmInterval(Duration warmInterval) {
        this.warmInterval = warmInterval;
    }

    public Duration getRetryInterval() {
        return retryInterval;
    }

    public void setRetryInterval(Duration retryInterval) {
        this.retryInterval = retryInterval;
    }

    public Duration getErrorLogInterval() {
        return errorLogInterval;
    }

    public void setErrorLogInterval(Duration errorLogInterval) {
        this.errorLogInterval = errorLogInterval;
    }

    public Duration getInvalidationWindowMargin() {
        return invalidationWindowMargin;
    }

    public void setInvalidationWindowMargin(Duration invalidationWindowMargin) {
        this.invalidationWindowMargin = invalidationWindowMargin;
    }

    public int getTagPruneThreshold() {
        return tagPruneThreshold;
    }

    public void setTagPruneThreshold(int tagPruneThreshold) {
        this.tagPruneThreshold = tagPruneThreshold;
    }

    /** The TTL of a cache: its own entry, else the default. */
    public Duration ttlFor(String cacheName) {
        return ttl.getOrDefault(cacheName, defaultTtl);
    }

    public Near getNear() {
        return near;
    }

    /** {@code hockeyhub.cache.near.*}. */
    public static class Near {

        /** Caches whose entries are also kept in this instance's memory (immutable values only), e.g. {@code users}. */
        private List<String> caches = new ArrayList<>();

        /** Most entries kept locally, over all near caches (least recently/frequently used go first). */
        private long maxEntries = 20_000;

        /**
         * Most bytes kept locally, over all near caches, counting each entry as the size of its value in Redis (at
         * least {@code maxBytes / maxEntries}).
         */
        private long maxBytes = 64L * 1024 * 1024;

        /** A local copy is dropped this long after it was read from Redis, invalidated or not. */
        private Duration maxAge = Duration.ofMinutes(1);

        public List<String> getCaches() {
            return caches;
        }

        public void setCaches(List<String> caches) {
            this.caches = caches;
        }

        public long getMaxEntries() {
            return maxEntries;
        }

        public void setMaxEntries(long maxEntries) {
            this.maxEntries = maxEntries;
        }

        public long getMaxBytes() {
            return maxBytes;
        }

        public void setMaxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        public Duration getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }
    }
}
