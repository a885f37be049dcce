package com.hockeyhub.communication.access;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who talks to whom. Pure decisions on the token (unit-tested without Spring); whether someone takes part in a
 * conversation is the conversation's own rule.
 * <ul>
 *   <li>Every member of a club: direct and group conversations with people of their club.</li>
 *   <li>Staff (club admins, coaches, assistant coaches, team managers): team conversations of their teams (club
 *       admins: of any team).</li>
 *   <li>Broadcasts: a team's staff to their team, club admins to any team or the whole club.</li>
 *   <li>Medical staff: urgent alerts; medical staff and club admins resolve them and see all of the club's.</li>
 *   <li>Service tokens and super admins: the sagas' steps (welcome, transfer notices).</li>
 * </ul>
 */
@Component
public class CommunicationAccessPolicy {

    public UUID club(CurrentUser user) {
        if (user.organizationId() == null) {
            throw new ForbiddenException("The token carries no club");
        }
        return user.organizationId();
    }

    /** Starting a team conversation: club admins for any team, other staff for their own teams. */
    public void requireTeamConversationStarter(CurrentUser user, UUID teamId) {
        if (user.hasRole(Role.CLUB_ADMIN)) {
            return;
        }
        if (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH, Role.TEAM_MANAGER) && user.isMemberOfTeam(teamId)) {
            return;
        }
        throw new ForbiddenException("Only the team's staff and club admins start a team conversation");
    }

    /** Urgent medical alerts are raised by medical staff only. */
    public void requireAlertCreator(CurrentUser user) {
        if (!user.hasRole(Role.MEDICAL_STAFF)) {
            throw new ForbiddenException("Only medical staff raise an urgent alert");
        }
    }

    /** Medical staff and club admins resolve alerts and see every alert of their club. */
    public boolean seesAllAlerts(CurrentUser user) {
        return user.hasAnyRole(Role.MEDICAL_STAFF, Role.CLUB_ADMIN);
    }

    public void requireAlertResolver(CurrentUser user) {
        if (!seesAllAlerts(user)) {
            throw new ForbiddenException("Only medical staff and club admins resolve an alert");
        }
    }

    /**
     * Broadcasts: to a team by its staff (coaches, assistant coaches, team managers) or club admins; to the whole club
     * ({@code teamId} null) by club admins only.
     */
    public void requireBroadcaster(CurrentUser user, UUID teamId) {
        if (user.hasRole(Role.CLUB_ADMIN)) {
            return;
        }
        if (teamId != null && user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH, Role.TEAM_MANAGER)
                && user.isMemberOfTeam(teamId)) {
            return;
        }
        throw new ForbiddenException(teamId == null ? "Only club admins broadcast to the whole club"
                : "Only the team's staff and club admins broadcast to a team");
    }

    /** Club admins follow every broadcast of their club (senders their own). */
    public boolean seesAllBroadcasts(CurrentUser user) {
        return user.hasRole(Role.CLUB_ADMIN);
    }

    public void requirePlatform(CurrentUser user) {
        if (!user.isPlatformWide()) {
            throw new ForbiddenException("Only the platform (service token or super admin) may do this");
        }
    }
}
