package com.hockeyhub.user.user;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.hockeyhub.shared.cache.CacheTags;
import com.hockeyhub.shared.db.AcrossClubs;

/**
 * The cached read path for users: one {@code users} entry per user, tagged {@code user:<id>} and evicted by the write
 * methods of {@link UserService} after their commit (so never stale after a write). Holds data only:
 * callers still run their tenant and role checks on every request.
 */
@Component
public class UserCache {

    public static final String USERS = "users";

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final UserCache self;

    UserCache(UserRepository users, MembershipRepository memberships, @Lazy UserCache self) {
        this.users = users;
        this.memberships = memberships;
        this.self = self;
    }

    /** The user, or null when there is none (a missing user is not cached). */
    @Cacheable(cacheNames = USERS, key = "#id", sync = true)
    @CacheTags("#result.tag()")
    public CachedUser user(UUID id) {
        // across clubs: the cached user holds ALL of a user's memberships and is shared by every caller, whatever
        // their club, so it is loaded on a connection of its own that states '*' (AcrossClubs)
        return AcrossClubs.call(() -> self.load(id));
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public CachedUser load(UUID id) {
        return users.findById(id)
                .map(u -> CachedUser.of(u, memberships.findByUserIdOrderByJoinedAtAsc(id).stream()
                        .filter(Membership::isActive).toList()))
                .orElse(null);
    }

    /** The users that exist among {@code ids}, in request order, each through the cache. */
    public List<CachedUser> users(Collection<UUID> ids) {
        return new LinkedHashSet<>(ids).stream().map(self::user).filter(Objects::nonNull).toList();
    }
}
