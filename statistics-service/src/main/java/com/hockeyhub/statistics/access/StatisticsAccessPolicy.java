package com.hockeyhub.statistics.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who sees and records what.
 * <ul>
 *   <li>Standings, leaderboards and a team's season record: every member of the club (aggregates).</li>
 *   <li>A player's detailed stats and trends: the club's staff, the player, their parents (the token's
 *       {@code children}). Lists of per-player lines (a game's, a team's season totals) keep only the lines the
 *       caller may see in detail ({@link #detailedOnly}); the rest of the answer stays for every club member. Workload: the player, their parents, and coaching, physical-training and medical staff
 *       and club admins.</li>
 *   <li>Recording and correcting games, divisions: club admins, coaches, assistant coaches and team managers.</li>
 *   <li>Another club's player or team does not exist for the caller (404); a club member asking for more than their
 *       role allows is told so (403).</li>
 * </ul>
 * The club is always the token's; platform operators and service tokens carry none and get 403 here.
 */
@Component
public class StatisticsAccessPolicy {

    static final Set<Role> STAFF = EnumSet.of(Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH, Role.TEAM_MANAGER,
            Role.PHYSICAL_TRAINER, Role.MEDICAL_STAFF);
    static final Set<Role> RECORDERS = EnumSet.of(Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH,
            Role.TEAM_MANAGER);
    static final Set<Role> WORKLOAD_STAFF = EnumSet.of(Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH,
            Role.PHYSICAL_TRAINER, Role.MEDICAL_STAFF);

    /** What a caller may see of one player. */
    public enum PlayerView { NONE, AGGREGATES, DETAILED }

    private final Roster roster;

    public StatisticsAccessPolicy(Roster roster) {
        this.roster = roster;
    }

    /** The caller's club (any member); 403 for a token without one. */
    public UUID requireClub(CurrentUser user) {
        if (user.organizationId() == null) {
            throw new ForbiddenException("Statistics are read within a club: the token carries none");
        }
        return user.organizationId();
    }

    /** Recording or correcting games and divisions: the club's admins, coaches and team managers. */
    public UUID requireRecorder(CurrentUser user) {
        UUID club = requireClub(user);
        if (!user.hasAnyRole(RECORDERS)) {
            throw new ForbiddenException("Only the club's admins, coaches and team managers may record games");
        }
        return club;
    }

    /** Pure decision: detailed stats of a player of club {@code playerClub}. */
    public static PlayerView statsView(CurrentUser user, UUID playerClub, UUID playerId) {
        if (user.organizationId() == null || playerClub == null || !user.organizationId().equals(playerClub)) {
            return PlayerView.NONE;
        }
        if (user.hasAnyRole(STAFF) || user.id().equals(playerId)
                || (user.hasRole(Role.PARENT) && user.isParentOf(playerId))) {
            return PlayerView.DETAILED;
        }
        return PlayerView.AGGREGATES;
    }

    /**
     * The lines of a club's list (a game's player lines, a team's players' season totals) that the caller may see in
     * detail under {@link #statsView}: staff every line, a player their own, a parent their children's.
     */
    public static <T> List<T> detailedOnly(CurrentUser user, UUID club, List<T> lines, Function<T, UUID> playerOf) {
        return lines.stream().filter(line -> statsView(user, club, playerOf.apply(line)) == PlayerView.DETAILED)
                .toList();
    }

    /** Pure decision: a player's workload and risk. */
    public static PlayerView workloadView(CurrentUser user, UUID playerClub, UUID playerId) {
        if (user.organizationId() == null || playerClub == null || !user.organizationId().equals(playerClub)) {
            return PlayerView.NONE;
        }
        if (user.hasAnyRole(WORKLOAD_STAFF) || user.id().equals(playerId)
                || (user.hasRole(Role.PARENT) && user.isParentOf(playerId))) {
            return PlayerView.DETAILED;
        }
        return PlayerView.AGGREGATES;
    }

    /** A player's detailed stats and trends: 404 unknown or another club's, 403 a club member without the right. */
    public UUID requirePlayerStats(CurrentUser user, UUID playerId) {
        requireClub(user);
        return require(statsView(user, clubOf(playerId), playerId), playerId,
                "You may see your own and your children's detailed stats only");
    }

    /** A player's workload: 404 unknown or another club's, 403 a club member without the right. */
    public UUID requirePlayerWorkload(CurrentUser user, UUID playerId) {
        requireClub(user);
        return require(workloadView(user, clubOf(playerId), playerId), playerId,
                "You may see your own and your children's workload only");
    }

    /** A team of the caller's club (its season stats are for every club member); 404 otherwise. */
    public RosterTeam requireTeam(CurrentUser user, UUID teamId) {
        UUID club = requireClub(user);
        return roster.team(teamId).filter(t -> club.equals(t.organizationId()))
                .orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    /** A team's workload risk overview: coaching, physical-training and medical staff, club admins. */
    public RosterTeam requireTeamWorkload(CurrentUser user, UUID teamId) {
        RosterTeam team = requireTeam(user, teamId);
        if (!user.hasAnyRole(WORKLOAD_STAFF)) {
            throw new ForbiddenException("Your role may not see the team's workload risk");
        }
        return team;
    }

    private static UUID require(PlayerView view, UUID playerId, String refusal) {
        if (view == PlayerView.NONE) {
            throw new NotFoundException("Player", playerId);
        }
        if (view != PlayerView.DETAILED) {
            throw new ForbiddenException(refusal);
        }
        return playerId;
    }

    /** The player's club from the roster (person, or else a current membership); null when unknown. */
    private UUID clubOf(UUID playerId) {
        return roster.person(playerId).map(p -> p.organizationId())
                .or(() -> roster.memberships(playerId).stream().map(RosterMember::organizationId).findFirst())
                .orElse(null);
    }
}
