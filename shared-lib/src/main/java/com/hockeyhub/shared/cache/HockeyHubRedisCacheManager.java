package com.hockeyhub.shared.cache;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cache.Cache;
import org.springframework.data.redis.cache.RedisCache;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;

/**
 * Spring Data's RedisCacheManager whose caches are {@link ResilientRedisCache}s. Caches named in
 * {@code hockeyhub.cache.ttl} get their TTL, any other name is created on first use with the default TTL.
 */
public class HockeyHubRedisCacheManager extends RedisCacheManager implements DisposableBean {

    private final String keyPrefix;
    private final RedisGuard guard;
    private final RedisTagStore tagStore;
    private final CacheStatistics statistics;
    private final CacheRedisConnection redis;
    private final RedisNearCache near;
    private final Set<String> nearCaches;

    /** {@code near}: the near cache of the caches named in {@code nearCaches}; null when none has one. */
    public HockeyHubRedisCacheManager(RedisCacheWriter writer, RedisCacheConfiguration defaults,
            Map<String, RedisCacheConfiguration> perCache, String keyPrefix, RedisGuard guard, RedisTagStore tagStore,
            CacheStatistics statistics, CacheRedisConnection redis, RedisNearCache near,
            Set<String> nearCaches) {
        super(writer, defaults, true, perCache);
        this.keyPrefix = keyPrefix;
        this.guard = guard;
        this.tagStore = tagStore;
        this.statistics = statistics;
        this.redis = redis;
        this.near = near;
        this.nearCaches = Set.copyOf(nearCaches);
        guard.onRecovery(this::recover);
    }

    @Override
    protected RedisCache createRedisCache(String name, RedisCacheConfiguration configuration) {
        return new TaggingRedisCache(name, getCacheWriter(), configuration);
    }

    @Override
    protected Cache decorateCache(Cache cache) {
        return new ResilientRedisCache((TaggingRedisCache) cache, guard, tagStore, statistics.forCache(cache.getName()),
                near != null && nearCaches.contains(cache.getName()) ? near : null);
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public RedisGuard guard() {
        return guard;
    }

    /** Attributes removed keys (full Redis keys) to their caches' eviction counters. */
    void evicted(List<String> redisKeys) {
        if (near != null) {
            redisKeys.forEach(near::invalidate);
        }
        Map<String, Long> perCache = ResilientRedisCache.cacheNames(redisKeys, keyPrefix).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        perCache.forEach((name, count) -> {
            if (getCache(name) instanceof ResilientRedisCache cache) {
                cache.evicted(count.intValue());
            }
        });
    }

    /** Opens the Redis connection now instead of on the first request (a cold connect can exceed the timeout). */
    public void connect() {
        try {
            redis.connect();
        } catch (RuntimeException e) {
            guard.failure(e, "connect", null);
        }
        if (near != null) {
            near.connect();
        }
    }

    /** The near cache, if any cache has one. */
    public RedisNearCache near() {
        return near;
    }

    private void recover(Set<String> dirtyCaches, boolean all) {
        redis.connect();
        if (near != null) {
            near.invalidateAll(); // it may hold entries whose invalidation did not reach Redis
        }
        if (all) {
            getCacheWriter().clean("*", (keyPrefix + "*").getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (String name : dirtyCaches) {
            if (getCache(name) instanceof ResilientRedisCache cache) {
                cache.getNativeCache().clear();
            }
        }
    }

    @Override
    public void destroy() {
        if (near != null) {
            near.close();
        }
        redis.close();
    }
}
