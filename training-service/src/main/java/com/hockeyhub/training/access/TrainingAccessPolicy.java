package com.hockeyhub.training.access;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who plans and who sees training. Pure decisions on the token and the record's owners (unit-tested without Spring).
 * <ul>
 *   <li>Physical trainers and club admins: the whole club's library, templates and sessions.</li>
 *   <li>Coaches and assistant coaches: the library, and sessions of their own teams.</li>
 *   <li>Players: their team's sessions and their own assignments; parents: their children's.</li>
 *   <li>Another club's record does not exist for the caller (404).</li>
 * </ul>
 */
@Component
public class TrainingAccessPolicy {

    /** The caller's club; a token without one (a platform caller) has no training library. */
    public UUID club(CurrentUser user) {
        if (user.organizationId() == null) {
            throw new ForbiddenException("The token carries no club");
        }
        return user.organizationId();
    }

    public boolean isClubWideStaff(CurrentUser user) {
        return user.hasAnyRole(Role.PHYSICAL_TRAINER, Role.CLUB_ADMIN);
    }

    /** Writing the club's exercise library and templates: trainers, coaches, club admins. */
    public UUID requirePlanner(CurrentUser user) {
        UUID club = club(user);
        if (!user.hasAnyRole(Role.PHYSICAL_TRAINER, Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH)) {
            throw new ForbiddenException("Only trainers, coaches and club admins plan training");
        }
        return club;
    }

    /** Planning a team's sessions and assigning them: club-wide staff, or that team's coaches. */
    public UUID requireTeamPlanner(CurrentUser user, UUID teamId) {
        UUID club = requirePlanner(user);
        if (!isClubWideStaff(user) && !user.isMemberOfTeam(teamId)) {
            throw new ForbiddenException("Coaches plan the sessions of their own teams");
        }
        return club;
    }

    /** Seeing a team's sessions: staff of the club, the team's members, parents of its players (by the caller). */
    public void requireTeamReader(CurrentUser user, UUID organizationId, UUID teamId, boolean parentOfAPlayer,
            Object recordId) {
        if (!organizationId.equals(user.organizationId())) {
            throw new NotFoundException("Session", recordId);
        }
        if (isClubWideStaff(user) || user.isMemberOfTeam(teamId) || parentOfAPlayer) {
            return;
        }
        throw new NotFoundException("Session", recordId);
    }

    /** A player's own training: the player, their parents, and the club's staff. */
    public void requirePlayerReader(CurrentUser user, UUID playerId) {
        club(user);
        if (user.isSelfOrParentOf(playerId) || isClubWideStaff(user)
                || user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH, Role.MEDICAL_STAFF)) {
            return;
        }
        throw new ForbiddenException("Only the player, their parents and the club's staff see a player's training");
    }

    /** Recording an execution: the player themselves, or staff for them. */
    public void requireExecutionRecorder(CurrentUser user, UUID playerId, UUID teamId) {
        if (user.id().equals(playerId) || isClubWideStaff(user)
                || (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH) && user.isMemberOfTeam(teamId))) {
            return;
        }
        throw new ForbiddenException("Only the player and their coaches and trainers record a workout");
    }

    /**
     * Recording or removing a player's physical-test result: trainers and club admins for any player of the club,
     * coaches and assistant coaches for players of their own teams.
     */
    public UUID requireTestRecorder(CurrentUser user, boolean coachesThePlayer) {
        UUID club = requirePlanner(user);
        if (!isClubWideStaff(user) && !coachesThePlayer) {
            throw new ForbiddenException("Coaches record the tests of their own teams' players");
        }
        return club;
    }

    /** Comparing a team's players: club-wide staff and medical staff, or that team's coaches. */
    public UUID requireTeamStaffReader(CurrentUser user, UUID teamId) {
        UUID club = club(user);
        if (isClubWideStaff(user) || user.hasRole(Role.MEDICAL_STAFF)
                || (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH) && user.isMemberOfTeam(teamId))) {
            return club;
        }
        throw new ForbiddenException("Only the club's trainers and the team's coaches compare its players");
    }

    /** The club's equipment: trainers, coaches, equipment managers and club admins reserve and hand it out. */
    public UUID requireEquipmentUser(CurrentUser user) {
        UUID club = club(user);
        if (!user.hasAnyRole(Role.PHYSICAL_TRAINER, Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH,
                Role.EQUIPMENT_MANAGER)) {
            throw new ForbiddenException("Only trainers, coaches, equipment managers and club admins use equipment");
        }
        return club;
    }

    /** Adding, changing or removing equipment items: equipment managers, trainers and club admins. */
    public UUID requireEquipmentManager(CurrentUser user) {
        UUID club = club(user);
        if (!user.hasAnyRole(Role.PHYSICAL_TRAINER, Role.CLUB_ADMIN, Role.EQUIPMENT_MANAGER)) {
            throw new ForbiddenException("Only equipment managers, trainers and club admins manage equipment");
        }
        return club;
    }

    /** The transfer saga's step: service tokens and super admins. */
    public void requirePlatform(CurrentUser user) {
        if (!user.isPlatformWide()) {
            throw new ForbiddenException("Only the platform (service token or super admin) may do this");
        }
    }
}
