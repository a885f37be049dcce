package com.hockeyhub.shared.cache;

import java.util.Arrays;
import java.util.Collection;

/**
 * Removes every cache entry tagged with any of the given tags (see {@link CacheTags}), in all caches of this service,
 * atomically. Inside a transaction the removal happens after the commit, so a reader never re-caches the old state
 * from the database before the write is visible. Usable from services and event handlers.
 */
public interface CacheTagInvalidator {

    void invalidate(Collection<String> tags);

    default void invalidate(String... tags) {
        invalidate(Arrays.asList(tags));
    }
}
