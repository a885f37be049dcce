package com.hockeyhub.calendar.ical;

import java.util.function.Supplier;

import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.CurrentUserAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a feed fetched by feed token as its owner: the public feed paths have no authenticated user, so without this
 * every connection of the feed would state no club and see nothing. Inside, the owner is the current user, and each
 * connection checkout sets the owner's club (shared-lib {@code TenantScopedDataSource}), whatever scope the thread
 * had before (the token's lookup spans clubs; the feed does not).
 */
final class FeedOwner {

    private FeedOwner() {
    }

    static <T> T run(CurrentUser owner, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext scoped = SecurityContextHolder.createEmptyContext();
        scoped.setAuthentication(new CurrentUserAuthentication(owner, null));
        SecurityContextHolder.setContext(scoped);
        try (AcrossClubs.Scope asItsOwner = AcrossClubs.suspend()) {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
