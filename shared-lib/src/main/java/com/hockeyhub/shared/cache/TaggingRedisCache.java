package com.hockeyhub.shared.cache;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.redis.cache.RedisCache;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;

/** Spring Data's RedisCache, opened up so a tagged entry can be written together with its tags in one script. */
public class TaggingRedisCache extends RedisCache {

    public TaggingRedisCache(String name, RedisCacheWriter writer, RedisCacheConfiguration configuration) {
        super(name, writer, configuration);
    }

    /** The Redis key of a cache key, prefix included. */
    public String redisKey(Object key) {
        return createCacheKey(key);
    }

    byte[] rawKey(Object key) {
        return serializeCacheKey(createCacheKey(key));
    }

    /** A stored value as Redis holds it, decoded (what {@link #fromStoreValue} takes). */
    Object decode(byte[] raw) {
        return deserializeCacheValue(raw);
    }

    byte[] rawValue(Object value) {
        return serializeCacheValue(preProcessCacheValue(value));
    }

    /**
     * Top-level JDK collections of final classes ({@code List.of}, {@code Set.of}, {@code Map.of}, {@code toList()})
     * would be written without a type hint and could not be read back: store them as their mutable equivalents;
     * top-level JDK scalars as {@link TypedScalar}. (Inside records, declared field types keep everything exact.)
     */
    @Override
    protected Object preProcessCacheValue(Object value) {
        if (value != null && Modifier.isFinal(value.getClass().getModifiers())
                && value.getClass().getName().startsWith("java.")) {
            if (value instanceof List<?> list) {
                value = new ArrayList<>(list);
            } else if (value instanceof Set<?> set) {
                value = new LinkedHashSet<>(set);
            } else if (value instanceof Map<?, ?> map) {
                value = new LinkedHashMap<>(map);
            } else if (value instanceof Collection<?> collection) {
                value = new ArrayList<>(collection);
            }
        }
        if (TypedScalar.supports(value)) {
            value = TypedScalar.of(value);
        }
        return super.preProcessCacheValue(value);
    }

    @Override
    protected Object fromStoreValue(Object storeValue) {
        if (storeValue instanceof TypedScalar scalar) {
            return scalar.toValue();
        }
        return super.fromStoreValue(storeValue);
    }

    Duration ttl(Object key, Object value) {
        return getCacheConfiguration().getTtlFunction().getTimeToLive(key, value);
    }
}
