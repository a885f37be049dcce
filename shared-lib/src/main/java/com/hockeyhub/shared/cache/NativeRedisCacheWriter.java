package com.hockeyhub.shared.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.GetExArgs;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import org.springframework.data.redis.cache.CacheStatistics;
import org.springframework.data.redis.cache.CacheStatisticsCollector;
import org.springframework.data.redis.cache.RedisCacheWriter;

/**
 * Spring Data's cache writer contract on {@link CacheRedisConnection}: the same commands as Spring's
 * {@code DefaultRedisCacheWriter} with immediate writes (GET, or GETEX for time-to-idle; SET with PX; SET NX PX then
 * GET; DEL; SCAN + DEL in pages for a clear), so the keys, values and TTLs in Redis are the same, without a
 * {@code RedisConnection} object per operation. No cache locking (the suite never used the locking writer).
 */
public class NativeRedisCacheWriter implements RedisCacheWriter {

    private final CacheRedisConnection redis;
    private final int scanCount;
    private final CacheStatisticsCollector statistics;

    public NativeRedisCacheWriter(CacheRedisConnection redis, int scanCount) {
        this(redis, scanCount, CacheStatisticsCollector.none());
    }

    private NativeRedisCacheWriter(CacheRedisConnection redis, int scanCount, CacheStatisticsCollector statistics) {
        this.redis = redis;
        this.scanCount = scanCount;
        this.statistics = statistics;
    }

    @Override
    public byte[] get(String name, byte[] key) {
        return counted(name, redis.sync().get(key));
    }

    @Override
    public byte[] get(String name, byte[] key, Duration ttl) {
        if (!expires(ttl)) {
            return get(name, key);
        }
        return counted(name, redis.sync().getex(key, GetExArgs.Builder.px(millis(ttl))));
    }

    private byte[] counted(String name, byte[] value) {
        statistics.incGets(name);
        if (value != null) {
            statistics.incHits(name);
        } else {
            statistics.incMisses(name);
        }
        return value;
    }

    @Override
    public boolean supportsAsyncRetrieve() {
        return true;
    }

    @Override
    public CompletableFuture<byte[]> retrieve(String name, byte[] key, Duration ttl) {
        var commands = redis.async();
        var future = expires(ttl) ? commands.getex(key, GetExArgs.Builder.px(millis(ttl))) : commands.get(key);
        return future.toCompletableFuture().thenApply(value -> counted(name, value));
    }

    @Override
    public void put(String name, byte[] key, byte[] value, Duration ttl) {
        redis.sync().set(key, value, setArgs(ttl));
        statistics.incPuts(name);
    }

    @Override
    public CompletableFuture<Void> store(String name, byte[] key, byte[] value, Duration ttl) {
        return redis.async().set(key, value, setArgs(ttl)).toCompletableFuture()
                .thenAccept(ok -> statistics.incPuts(name));
    }

    @Override
    public byte[] putIfAbsent(String name, byte[] key, byte[] value, Duration ttl) {
        RedisCommands<byte[], byte[]> commands = redis.sync();
        if ("OK".equals(commands.set(key, value, setArgs(ttl).nx()))) {
            statistics.incPuts(name);
            return null;
        }
        return commands.get(key);
    }

    @Override
    public void evict(String name, byte[] key) {
        evictIfPresent(name, key);
    }

    @Override
    public boolean evictIfPresent(String name, byte[] key) {
        Long removed = redis.sync().del(key);
        statistics.incDeletes(name);
        return removed != null && removed > 0;
    }

    @Override
    public void clear(String name, byte[] pattern) {
        invalidate(name, pattern);
    }

    /** SCAN for the pattern and DEL page by page (no KEYS: it would block Redis on a large keyspace). */
    @Override
    public boolean invalidate(String name, byte[] pattern) {
        RedisCommands<byte[], byte[]> commands = redis.sync();
        ScanArgs args = ScanArgs.Builder.matches(pattern).limit(scanCount);
        long removed = 0;
        KeyScanCursor<byte[]> cursor = commands.scan(ScanCursor.INITIAL, args);
        while (true) {
            List<byte[]> keys = cursor.getKeys();
            if (!keys.isEmpty()) {
                removed += commands.del(keys.toArray(byte[][]::new));
            }
            if (cursor.isFinished()) {
                break;
            }
            cursor = commands.scan(cursor, args);
        }
        if (removed > 0) {
            statistics.incDeletesBy(name, (int) Math.min(Integer.MAX_VALUE, removed));
        }
        return removed > 0;
    }

    @Override
    public CacheStatistics getCacheStatistics(String cacheName) {
        return statistics.getCacheStatistics(cacheName);
    }

    @Override
    public void clearStatistics(String name) {
        statistics.reset(name);
    }

    @Override
    public RedisCacheWriter withStatisticsCollector(CacheStatisticsCollector collector) {
        return new NativeRedisCacheWriter(redis, scanCount, collector);
    }

    private static SetArgs setArgs(Duration ttl) {
        SetArgs args = new SetArgs();
        return expires(ttl) ? args.px(millis(ttl)) : args;
    }

    private static long millis(Duration ttl) {
        return Math.max(1, ttl.toMillis());
    }

    private static boolean expires(Duration ttl) {
        return ttl != null && !ttl.isZero() && !ttl.isNegative();
    }
}
