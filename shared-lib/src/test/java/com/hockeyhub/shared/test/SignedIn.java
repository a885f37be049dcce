package com.hockeyhub.shared.test;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.CurrentUserAuthentication;
import com.hockeyhub.shared.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The test thread as a signed-in request would be: the user in the SecurityContext and none of the fixtures' every
 * club ({@link FixturesAcrossClubs}), which a request never inherits. Closing it signs out and returns to the
 * fixtures' scope:
 * <pre>{@code
 * try (SignedIn request = SignedIn.as(club, Role.COACH)) {
 *     assertThat(repository.findAll()).doesNotContain(foreign);
 *     request.signOut(); // nobody signed in and nothing said: nothing
 * }
 * }</pre>
 */
public final class SignedIn implements AutoCloseable {

    private final AcrossClubs.Scope asARequest;

    private SignedIn(CurrentUser user) {
        asARequest = AcrossClubs.suspend();
        signIn(user);
    }

    /** Someone with this role in this club (or in none, for {@code null}). */
    public static SignedIn as(UUID club, Role role) {
        return as(user(club, role));
    }

    public static SignedIn as(CurrentUser user) {
        return new SignedIn(user);
    }

    /** Someone else on the same request thread. */
    public SignedIn switchTo(UUID club, Role role) {
        signIn(user(club, role));
        return this;
    }

    /** Nobody signed in, and still nothing said: what an anonymous request states. */
    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
        asARequest.close();
    }

    private static CurrentUser user(UUID club, Role role) {
        return new CurrentUser(UUID.randomUUID(), club, role.name().toLowerCase(Locale.ROOT) + "@example.test",
                Set.of(role), Set.of(), Set.of());
    }

    private static void signIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(new CurrentUserAuthentication(user, null));
    }
}
