package com.hockeyhub.shared.cache;

import java.util.List;
import java.util.Optional;

/**
 * Hands the tags of a method's result from {@link CacheTagsInterceptor} (just inside the caching interceptor) to the
 * cache's {@code put} of that very result on the same thread. Matched by identity, so tags never attach to another
 * value.
 */
final class PendingTags {

    record Pending(Object result, List<String> tags, long loadStartedMillis) {
    }

    private static final ThreadLocal<Pending> CURRENT = new ThreadLocal<>();

    private PendingTags() {
    }

    static void offer(Object result, List<String> tags, long loadStartedMillis) {
        CURRENT.set(new Pending(result, tags, loadStartedMillis));
    }

    static Pending take(Object value) {
        Pending pending = CURRENT.get();
        if (pending == null) {
            return null;
        }
        Object result = pending.result();
        boolean same = result == value || (result instanceof Optional<?> optional && optional.orElse(null) == value);
        if (!same) {
            return null;
        }
        CURRENT.remove();
        return pending;
    }

    static void clear() {
        CURRENT.remove();
    }
}
