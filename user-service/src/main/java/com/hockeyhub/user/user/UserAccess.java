package com.hockeyhub.user.user;

import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;

/**
 * Who may administer whom in the directory, in one place (no Spring, unit-tested on its own).
 * <ul>
 *   <li>A super admin administers everyone.</li>
 *   <li>A club admin administers the members of their own club (another club's users are a 404), never a super
 *       admin.</li>
 *   <li>The login e-mail address is the key to the account (password reset goes there), so besides the user
 *       themself and a super admin, a club admin changes it only for a member who belongs to their club alone and
 *       holds no admin role: never a fellow club admin, and never someone another club also relies on.</li>
 * </ul>
 */
public final class UserAccess {

    /** What the rules need to know about the target account: its clubs and its roles in any of them. */
    public record Target(UUID id, Set<UUID> organizations, Set<Role> roles) {

        public Target {
            organizations = Set.copyOf(organizations);
            roles = Set.copyOf(roles);
        }
    }

    private UserAccess() {
    }

    /** Roles, deletion, (de)activation and the profile of somebody else. */
    public static void requireMayAdminister(CurrentUser caller, Target target) {
        if (caller.isSuperAdmin()) {
            return;
        }
        if (!caller.isPlatformWide() && (caller.organizationId() == null
                || !target.organizations().contains(caller.organizationId()))) {
            throw new NotFoundException("User", target.id());
        }
        caller.requireAnyRole(Role.CLUB_ADMIN);
        if (target.roles().contains(Role.SUPER_ADMIN)) {
            throw new ForbiddenException("Only a super admin administers a super admin");
        }
    }

    /** A change of the login e-mail address (which then still needs the new address's confirmation). */
    public static void requireMayChangeEmail(CurrentUser caller, Target target) {
        if (caller.id().equals(target.id()) || caller.isSuperAdmin()) {
            return;
        }
        requireMayAdminister(caller, target);
        if (target.roles().contains(Role.CLUB_ADMIN)) {
            throw new ForbiddenException("A club admin's e-mail address is changed only by themself or a super admin");
        }
        if (!Set.of(caller.organizationId()).equals(target.organizations())) {
            throw new ForbiddenException("This user also belongs to another club: only they or a super admin "
                    + "change their e-mail address");
        }
    }
}
