package com.hockeyhub.shared.cache;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every cache of the suite is: a {@link TaggingRedisCache} that
 * <ul>
 * <li>fails open: Redis errors count as misses (the method runs), writes are skipped, see {@link RedisGuard};</li>
 * <li>loads each key at most once at a time on this instance ({@code @Cacheable(sync = true)}: the other callers
 * wait for that load's result);</li>
 * <li>stores a method's {@link CacheTags} with the entry, atomically;</li>
 * <li>defers writes and evictions to after the commit when called inside a transaction (a rolled-back write never
 * reaches the cache, an eviction never precedes the commit that makes the new state visible);</li>
 * <li>counts hits, misses, puts, evictions and errors.</li>
 * </ul>
 * A value that Redis holds but cannot be read back (e.g. after a class change) is treated as a miss and removed.
 */
public class ResilientRedisCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(ResilientRedisCache.class);

    private final TaggingRedisCache redis;
    private final RedisGuard guard;
    private final RedisTagStore tagStore;
    private final CacheStats stats;
    private final RedisNearCache near;
    private final ConcurrentMap<Object, CompletableFuture<Object>> loading = new ConcurrentHashMap<>();

    /** {@code near}: this cache's entries are also kept in this instance's memory; null for Redis only. */
    public ResilientRedisCache(TaggingRedisCache redis, RedisGuard guard, RedisTagStore tagStore, CacheStats stats,
            RedisNearCache near) {
        this.redis = redis;
        this.guard = guard;
        this.tagStore = tagStore;
        this.stats = stats;
        this.near = near;
    }

    @Override
    public String getName() {
        return redis.getName();
    }

    @Override
    public TaggingRedisCache getNativeCache() {
        return redis;
    }

    public CacheStats stats() {
        return stats;
    }

    @Override
    public ValueWrapper get(Object key) {
        PendingTags.clear();
        return lookup(key, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Class<T> type) {
        ValueWrapper wrapper = get(key);
        Object value = wrapper == null ? null : wrapper.get();
        if (value != null && type != null && !type.isInstance(value)) {
            throw new IllegalStateException("Cached value is not of required type [" + type.getName() + "]: " + value);
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        PendingTags.clear();
        ValueWrapper cached = lookup(key, true);
        if (cached != null) {
            return (T) cached.get();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = loading.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                throw new ValueRetrievalException(key, valueLoader, e.getCause());
            }
        }
        try {
            // the load that just finished may have stored the value between our lookup and putIfAbsent
            ValueWrapper stored = lookup(key, false);
            T value = stored != null ? (T) stored.get() : load(key, valueLoader);
            mine.complete(value);
            return value;
        } catch (ValueRetrievalException e) {
            mine.completeExceptionally(e.getCause());
            throw e;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    private <T> T load(Object key, Callable<T> valueLoader) {
        T value;
        try {
            value = valueLoader.call();
        } catch (Exception e) {
            throw new ValueRetrievalException(key, valueLoader, e);
        }
        put(key, value);
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        PendingTags.Pending pending = PendingTags.take(value);
        if (value == null && !redis.isAllowNullValues()) {
            return;
        }
        afterCommit(() -> write(key, value, pending));
    }

    private void write(Object key, Object value, PendingTags.Pending pending) {
        forgetLocally(key);
        if (!guard.available()) {
            return;
        }
        try {
            if (pending == null || pending.tags().isEmpty()) {
                redis.put(key, value);
                stats.puts.increment();
            } else if (tagStore.putTagged(redis.rawKey(key), redis.rawValue(value), redis.ttl(key, value),
                    pending.tags(), pending.loadStartedMillis())) {
                stats.puts.increment();
            } else {
                log.debug("Not caching {}::{}: one of its tags {} was invalidated while it loaded", getName(), key,
                        pending.tags());
            }
            forgetLocally(key);
        } catch (SerializationException e) {
            stats.errors.increment();
            log.warn("Cannot cache a value of {} in '{}': {}", value.getClass().getName(), getName(), e.getMessage());
        } catch (RuntimeException e) {
            failed(e, "put");
        }
    }

    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        if (value == null && !redis.isAllowNullValues()) {
            return null;
        }
        if (!guard.available()) {
            return null;
        }
        try {
            ValueWrapper existing = redis.putIfAbsent(key, value);
            if (existing == null) {
                stats.puts.increment();
                forgetLocally(key);
            }
            return existing;
        } catch (RuntimeException e) {
            failed(e, "putIfAbsent");
            return null;
        }
    }

    @Override
    public void evict(Object key) {
        afterCommit(() -> evictIfPresent(key));
    }

    @Override
    public boolean evictIfPresent(Object key) {
        forgetLocally(key);
        if (!guard.available()) {
            guard.markDirty(getName());
            return false;
        }
        try {
            boolean removed = redis.evictIfPresent(key);
            if (removed) {
                stats.evictions.increment();
            }
            return removed;
        } catch (RuntimeException e) {
            guard.markDirty(getName());
            failed(e, "evict");
            return false;
        }
    }

    @Override
    public void clear() {
        afterCommit(this::invalidate);
    }

    @Override
    public boolean invalidate() {
        if (near != null) {
            near.invalidateAll();
        }
        if (!guard.available()) {
            guard.markDirty(getName());
            return false;
        }
        try {
            redis.clear();
            stats.evictions.increment();
            return true;
        } catch (RuntimeException e) {
            guard.markDirty(getName());
            failed(e, "clear");
            return false;
        }
    }

    @Override
    public CompletableFuture<?> retrieve(Object key) {
        if (!guard.available()) {
            stats.misses.increment();
            return null;
        }
        return redis.retrieve(key);
    }

    @Override
    public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
        if (!guard.available()) {
            stats.misses.increment();
            return valueLoader.get();
        }
        return redis.retrieve(key, valueLoader);
    }

    /** Counts evictions done outside this object (tag invalidation). */
    void evicted(int count) {
        stats.evictions.add(count);
    }

    private ValueWrapper lookup(Object key, boolean count) {
        if (!guard.available()) {
            if (count) {
                stats.misses.increment();
            }
            return null;
        }
        try {
            ValueWrapper wrapper = near == null ? redis.get(key) : nearOrRedis(key);
            if (count) {
                (wrapper == null ? stats.misses : stats.hits).increment();
            }
            return wrapper == null ? null : new SimpleValueWrapper(wrapper.get());
        } catch (SerializationException e) {
            stats.errors.increment();
            if (count) {
                stats.misses.increment();
            }
            log.warn("Unreadable entry {}::{} removed ({})", getName(), key, e.getMessage());
            evictQuietly(key);
            return null;
        } catch (RuntimeException e) {
            if (count) {
                stats.misses.increment();
            }
            failed(e, "get");
            return null;
        }
    }

    /** Through the near cache: a local hit, or Redis read on the tracking connection; Redis as usual without it. */
    private ValueWrapper nearOrRedis(Object key) {
        Object stored = near.get(redis.redisKey(key), redis::decode);
        if (stored == RedisNearCache.UNAVAILABLE) {
            return redis.get(key);
        }
        return stored == null ? null : new SimpleValueWrapper(redis.fromStoreValue(stored));
    }

    /** The local copy goes at once (read-after-write on this instance); other instances hear it from Redis. */
    private void forgetLocally(Object key) {
        if (near != null) {
            near.invalidate(redis.redisKey(key));
        }
    }

    private void evictQuietly(Object key) {
        forgetLocally(key);
        try {
            redis.evict(key);
        } catch (RuntimeException e) {
            failed(e, "evict");
        }
    }

    private void failed(RuntimeException e, String operation) {
        stats.errors.increment();
        guard.failure(e, operation, getName());
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    static List<String> cacheNames(List<String> keys, String prefix) {
        return keys.stream().map(k -> {
            String rest = k.substring(prefix.length());
            int end = rest.indexOf("::");
            return end < 0 ? rest : rest.substring(0, end);
        }).toList();
    }
}
