package com.hockeyhub.admin.access;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who reads and changes which settings, flags and audit rows. Pure decisions on the token (unit-tested without
 * Spring); whether a named team or person is the club's is checked by the caller against the roster.
 * <ul>
 *   <li>Super admins: the system values and definitions, any club (naming it), the suite's status.</li>
 *   <li>Club admins: their club's values in every scope, private settings, the club's audit trail.</li>
 *   <li>Coaches and assistant coaches: their own teams' values.</li>
 *   <li>Everyone of the club: the public settings and flags that apply to them, their own user values.</li>
 *   <li>Service tokens: reading any club's values (naming it), provisioning new clubs.</li>
 * </ul>
 */
@Component
public class AdminAccessPolicy {

    /**
     * The club a read is about: the caller's own, or for platform callers the one they name (400 without one). A
     * member naming another club gets 404, as if it did not exist.
     */
    public UUID clubToRead(CurrentUser user, UUID requested) {
        if (user.isPlatformWide()) {
            if (requested == null) {
                throw new InvalidRequestException("organizationId", "is required for platform callers");
            }
            return requested;
        }
        UUID own = user.requireOrganizationId();
        if (requested != null && !requested.equals(own)) {
            throw new NotFoundException("Organization", requested);
        }
        return own;
    }

    /** Private (non-public) settings: the club's admins and the platform. */
    public boolean readsPrivateSettings(CurrentUser user) {
        return user.isPlatformWide() || user.hasRole(Role.CLUB_ADMIN);
    }

    /** Reading the values another user of the club set for themselves: that user, the club's admins, the platform. */
    public void requireUserValuesReader(CurrentUser user, UUID userId) {
        if (!user.id().equals(userId) && !readsPrivateSettings(user)) {
            throw new ForbiddenException("Only the user and the club's admins see a user's own settings");
        }
    }

    /** Changing the club-wide value: the club's admins (and super admins for any club). */
    public void requireClubWriter(CurrentUser user) {
        if (!user.isSuperAdmin() && !user.hasRole(Role.CLUB_ADMIN)) {
            throw new ForbiddenException("Only the club's administrators change club settings");
        }
    }

    /** Changing a team's value: the club's admins, or a coach or assistant coach of that team. */
    public void requireTeamWriter(CurrentUser user, UUID teamId) {
        if (user.isSuperAdmin() || user.hasRole(Role.CLUB_ADMIN)) {
            return;
        }
        if (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH) && user.isMemberOfTeam(teamId)) {
            return;
        }
        throw new ForbiddenException("Only the club's administrators and the team's coaches change team settings");
    }

    /** Changing a user's value: the user themselves or the club's admins. */
    public void requireUserWriter(CurrentUser user, UUID userId) {
        if (user.id().equals(userId) || user.isSuperAdmin() || user.hasRole(Role.CLUB_ADMIN)) {
            return;
        }
        throw new ForbiddenException("Only the user and the club's administrators change a user's settings");
    }

    public void requireSuperAdmin(CurrentUser user) {
        if (!user.isSuperAdmin()) {
            throw new ForbiddenException("Only platform administrators may do this");
        }
    }

    /** The platform's own calls (the onboarding saga's step and its compensation): service tokens, super admins. */
    public void requirePlatform(CurrentUser user) {
        if (!user.isPlatformWide()) {
            throw new ForbiddenException("Only the platform (service token or super admin) may do this");
        }
    }

    /**
     * The audit trail: super admins every club (or the one they name), club admins their own club only; 403 for
     * every other role.
     */
    public UUID auditClub(CurrentUser user, UUID requested) {
        if (user.isSuperAdmin()) {
            return requested;
        }
        if (!user.hasRole(Role.CLUB_ADMIN)) {
            throw new ForbiddenException("Only the club's administrators read its audit trail");
        }
        UUID own = user.requireOrganizationId();
        if (requested != null && !requested.equals(own)) {
            throw new NotFoundException("Organization", requested);
        }
        return own;
    }
}
