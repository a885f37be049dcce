package com.hockeyhub.user;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;

/** Which club a request works in: the token's, or for platform-wide callers the one they name. */
public final class Scopes {

    private Scopes() {
    }

    /**
     * Platform-wide callers (super admin, services) may name any club and must name one when their token has none;
     * everyone else works in their own club, and naming another one is a 404 (it does not exist for them).
     */
    public static UUID organization(UUID requested, CurrentUser user) {
        if (user.isPlatformWide()) {
            if (requested == null && user.organizationId() == null) {
                throw new InvalidRequestException("organizationId", "is required for platform-wide callers");
            }
            return requested != null ? requested : user.organizationId();
        }
        UUID own = user.requireOrganizationId();
        user.requireOrganization(requested == null ? own : requested, "Organization", requested);
        return own;
    }
}
