package com.hockeyhub.shared.cache;

/**
 * Fills caches at startup (and every {@code hockeyhub.cache.warm-interval} if set) by calling the cached methods
 * themselves, so warm entries are exactly what a request would have stored, tags included. A service declares one
 * bean per hot data set and lists its {@link #name()} in {@code hockeyhub.cache.warm}. Failures are logged, never fatal.
 */
public interface CacheWarmer {

    /** The name used in {@code hockeyhub.cache.warm}, usually the cache it fills. */
    String name();

    /** Calls the cached methods (through their Spring proxy) for the entries worth having warm. */
    void warm();
}
