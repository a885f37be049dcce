package com.hockeyhub.shared.cache;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheOperationInvocationContext;
import org.springframework.cache.interceptor.SimpleCacheResolver;
import org.springframework.util.ClassUtils;

/**
 * Resolves the caches of a {@code @Cacheable} method as {@link TypeCheckedCache} views of what the method returns:
 * a cached value of another type — written under the same cache and key by an older build, say, while a rolling deploy
 * runs both — counts as a miss and is replaced, instead of failing the caller with a ClassCastException. Methods
 * returning {@code Object}, {@code void}, an {@code Optional} or a future get the cache itself.
 */
final class TypeCheckedCacheResolver extends SimpleCacheResolver {

    private final Map<View, Cache> views = new ConcurrentHashMap<>();

    TypeCheckedCacheResolver(CacheManager cacheManager) {
        super(cacheManager);
    }

    @Override
    public Collection<? extends Cache> resolveCaches(CacheOperationInvocationContext<?> context) {
        Collection<? extends Cache> caches = super.resolveCaches(context);
        Class<?> type = expectedType(context.getMethod());
        if (type == null) {
            return caches;
        }
        List<Cache> checked = new ArrayList<>(caches.size());
        for (Cache cache : caches) {
            checked.add(views.computeIfAbsent(new View(cache, type), view -> new TypeCheckedCache(cache, type)));
        }
        return checked;
    }

    /** The type a cached value must have to be returned by {@code method}; null where it is not checked. */
    static Class<?> expectedType(Method method) {
        Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(method.getReturnType());
        if (type == Void.class || type == Object.class || type == Optional.class
                || Future.class.isAssignableFrom(type) || type.getName().startsWith("org.reactivestreams.")) {
            return null;
        }
        return type;
    }

    /** A cache (by identity: the manager keeps one per name) seen as holding values of one type. */
    private record View(Cache cache, Class<?> type) {
    }
}
