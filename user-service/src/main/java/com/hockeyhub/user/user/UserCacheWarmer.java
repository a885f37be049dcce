package com.hockeyhub.user.user;

import com.hockeyhub.shared.cache.CacheWarmer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Warms the {@code users} cache with the most recently active users (by last login) through
 * {@link UserCache#user}, so warm entries carry the same tags as request-loaded ones. Enabled by
 * {@code hockeyhub.cache.warm: users}; {@code hockeyhub.user-cache.warm-size} users (0 = none).
 */
@Component
class UserCacheWarmer implements CacheWarmer {

    private final UserRepository users;
    private final UserCache cache;
    private final int size;

    UserCacheWarmer(UserRepository users, UserCache cache,
            @Value("${hockeyhub.user-cache.warm-size:1000}") int size) {
        this.users = users;
        this.cache = cache;
        this.size = size;
    }

    @Override
    public String name() {
        return UserCache.USERS;
    }

    @Override
    public void warm() {
        if (size <= 0) {
            return;
        }
        users.findRecentlyActiveIds(Limit.of(size)).forEach(cache::user);
    }
}
