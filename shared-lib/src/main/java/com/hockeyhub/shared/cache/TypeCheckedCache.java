package com.hockeyhub.shared.cache;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;

/**
 * A cache seen through the type its method returns ({@link TypeCheckedCacheResolver}): an entry of another type is a
 * miss, and the method's fresh value replaces it. Everything else is the cache's own behaviour. Generic parameters are
 * not checked: a list of something else still passes.
 */
final class TypeCheckedCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(TypeCheckedCache.class);

    private final Cache cache;
    private final Class<?> type;

    TypeCheckedCache(Cache cache, Class<?> type) {
        this.cache = cache;
        this.type = type;
    }

    @Override
    public ValueWrapper get(Object key) {
        ValueWrapper cached = cache.get(key);
        return cached != null && foreign(key, cached.get()) ? null : cached;
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        T value = cache.get(key, valueLoader);
        if (!foreign(key, value)) {
            return value;
        }
        cache.evict(key);
        value = cache.get(key, valueLoader);
        if (!foreign(key, value)) {
            return value;
        }
        try { // written again at once (the older build is still running): answer without the cache
            return valueLoader.call();
        } catch (Exception e) {
            throw new ValueRetrievalException(key, valueLoader, e);
        }
    }

    private boolean foreign(Object key, Object value) {
        if (value == null || type.isInstance(value)) {
            return false;
        }
        log.info("Cache {} holds a {} under {} where a {} is expected; treated as a miss", cache.getName(),
                value.getClass().getName(), key, type.getName());
        return true;
    }

    @Override
    public String getName() {
        return cache.getName();
    }

    @Override
    public Object getNativeCache() {
        return cache.getNativeCache();
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        return cache.get(key, type);
    }

    @Override
    public CompletableFuture<?> retrieve(Object key) {
        return cache.retrieve(key);
    }

    @Override
    public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
        return cache.retrieve(key, valueLoader);
    }

    @Override
    public void put(Object key, Object value) {
        cache.put(key, value);
    }

    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        return cache.putIfAbsent(key, value);
    }

    @Override
    public void evict(Object key) {
        cache.evict(key);
    }

    @Override
    public boolean evictIfPresent(Object key) {
        return cache.evictIfPresent(key);
    }

    @Override
    public void clear() {
        cache.clear();
    }

    @Override
    public boolean invalidate() {
        return cache.invalidate();
    }
}
