package com.hockeyhub.shared.cache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link CacheTagInvalidator} on {@link RedisTagStore}; fails open (caches are cleared when Redis is back). */
public class RedisCacheTagInvalidator implements CacheTagInvalidator {

    private static final Logger log = LoggerFactory.getLogger(RedisCacheTagInvalidator.class);

    private final RedisTagStore tagStore;
    private final HockeyHubRedisCacheManager cacheManager;
    private final CacheStatistics statistics;

    public RedisCacheTagInvalidator(RedisTagStore tagStore, HockeyHubRedisCacheManager cacheManager,
            CacheStatistics statistics) {
        this.tagStore = tagStore;
        this.cacheManager = cacheManager;
        this.statistics = statistics;
    }

    @Override
    public void invalidate(Collection<String> tags) {
        Set<String> distinct = new LinkedHashSet<>();
        tags.stream().filter(t -> t != null && !t.isBlank()).forEach(distinct::add);
        if (distinct.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidateNow(distinct);
                }
            });
        } else {
            invalidateNow(distinct);
        }
    }

    private void invalidateNow(Set<String> tags) {
        RedisGuard guard = cacheManager.guard();
        if (!guard.available()) {
            guard.markAllDirty();
            return;
        }
        try {
            List<String> removed = tagStore.invalidate(tags);
            statistics.tagsInvalidated(tags.size());
            cacheManager.evicted(removed);
            log.debug("Invalidated tags {}: {} entries removed", tags, removed.size());
        } catch (RuntimeException e) {
            guard.markAllDirty();
            guard.failure(e, "invalidate " + tags, null);
        }
    }
}
