package com.hockeyhub.planning.access;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who plans. Pure decisions on the token (unit-tested without Spring).
 * <ul>
 *   <li>Coaches, assistant coaches, physical trainers and club admins write the club's drills.</li>
 *   <li>Coaches and assistant coaches rate drills (one rating each).</li>
 *   <li>A team's coaches and the club's admins plan the team's season, practices and game strategies.</li>
 *   <li>A team's members and the club's coaching staff read its practices and strategies; scouting notes,
 *       evaluations of other players and the post-game analysis are for the team's planners only.</li>
 * </ul>
 */
@Component
public class PlanningAccessPolicy {

    public UUID club(CurrentUser user) {
        if (user.organizationId() == null) {
            throw new ForbiddenException("The token carries no club");
        }
        return user.organizationId();
    }

    public UUID requireDrillAuthor(CurrentUser user) {
        UUID club = club(user);
        if (!user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER, Role.CLUB_ADMIN)) {
            throw new ForbiddenException("Only coaches, trainers and club admins write drills");
        }
        return club;
    }

    public UUID requireRater(CurrentUser user) {
        UUID club = club(user);
        if (!user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH)) {
            throw new ForbiddenException("Only coaches rate drills");
        }
        return club;
    }

    public UUID requireTeamPlanner(CurrentUser user, UUID teamId) {
        UUID club = club(user);
        if (user.hasRole(Role.CLUB_ADMIN)) {
            return club;
        }
        if (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH) && user.isMemberOfTeam(teamId)) {
            return club;
        }
        throw new ForbiddenException("Only the team's coaches and the club's admins plan its season");
    }

    /** May plan the team (its coaches, the club's admins). */
    public boolean isTeamPlanner(CurrentUser user, UUID teamId) {
        return user.hasRole(Role.CLUB_ADMIN)
                || (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH) && user.isMemberOfTeam(teamId));
    }

    /** Reads the team's practices and strategies: its members, the club's coaching staff and admins. */
    public UUID requireTeamReader(CurrentUser user, UUID teamId) {
        UUID club = club(user);
        if (user.isMemberOfTeam(teamId)
                || user.hasAnyRole(Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER)) {
            return club;
        }
        throw new ForbiddenException("Only the team's members and the club's coaching staff read its plans");
    }
}
