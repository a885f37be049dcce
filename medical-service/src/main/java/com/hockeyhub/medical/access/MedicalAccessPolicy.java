package com.hockeyhub.medical.access;

import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.medical.roster.PlayerRef;
import com.hockeyhub.medical.roster.RosterService;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who sees what of a player's medical record.
 * <ul>
 *   <li>Medical staff: everything in their club. The player: their own record. A parent: their linked children's
 *       (the token's {@code children}).</li>
 *   <li>Club admin (club-wide), and coach, assistant coach, physical trainer (players of the teams in their token):
 *       availability and restrictions only.</li>
 *   <li>Platform operators and service tokens: availability and restrictions only (training reads restrictions).</li>
 *   <li>Everyone else, and everyone of another club: nothing.</li>
 * </ul>
 * Refusals: a player the caller may not see at all does not exist for them (404); a caller who may see the player's
 * availability but asks for more is told so (403), since they know the player exists. Refusals carry no medical text.
 */
@Component
public class MedicalAccessPolicy {

    private final RosterService roster;

    public MedicalAccessPolicy(RosterService roster) {
        this.roster = roster;
    }

    /** The level a caller holds for a player (pure decision, no lookups). */
    public AccessLevel levelFor(CurrentUser user, PlayerRef player) {
        if (user.isPlatformWide()) {
            return AccessLevel.AVAILABILITY;
        }
        if (user.organizationId() == null || !user.organizationId().equals(player.organizationId())) {
            return AccessLevel.NONE;
        }
        if (user.hasRole(Role.MEDICAL_STAFF) || user.id().equals(player.playerId())
                || (user.hasRole(Role.PARENT) && user.isParentOf(player.playerId()))) {
            return AccessLevel.FULL;
        }
        if (user.hasRole(Role.CLUB_ADMIN)) {
            return AccessLevel.AVAILABILITY;
        }
        if (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER)
                && player.teamIds().stream().anyMatch(user::isMemberOfTeam)) {
            return AccessLevel.AVAILABILITY;
        }
        return AccessLevel.NONE;
    }

    /** The player with at least {@code required} access: 404 if unknown or invisible, 403 if only less is allowed. */
    public PlayerAccess require(CurrentUser user, UUID playerId, AccessLevel required) {
        PlayerRef player = roster.find(playerId).orElseThrow(() -> notFound(playerId));
        AccessLevel level = levelFor(user, player);
        if (level == AccessLevel.NONE) {
            throw notFound(playerId);
        }
        if (!level.allows(required)) {
            throw new ForbiddenException("Your role may see this player's availability and restrictions only");
        }
        return new PlayerAccess(player, level);
    }

    /**
     * Whether a refusal may name its medical reason (e.g. {@code active_severe_injury}, which tells the injury's
     * class): the player-transfer saga (a service token) and those with the full record. Availability-only callers
     * (coaches, club admins, platform operators) learn that clearance is missing, not why.
     */
    public boolean mayKnowMedicalReasons(CurrentUser user, PlayerAccess access) {
        return user.isService() || access.full();
    }

    public PlayerAccess requireFull(CurrentUser user, UUID playerId) {
        return require(user, playerId, AccessLevel.FULL);
    }

    public PlayerAccess requireAvailability(CurrentUser user, UUID playerId) {
        return require(user, playerId, AccessLevel.AVAILABILITY);
    }

    /**
     * Writing medical records (injuries, treatments, availability, return to play): medical staff of the player's
     * club only. Other roles get 403 (the endpoint is not theirs); an unknown or other club's player is a 404.
     */
    public PlayerRef requireMedicalStaffFor(CurrentUser user, UUID playerId) {
        requireMedicalStaff(user);
        PlayerRef player = roster.find(playerId).orElseThrow(() -> notFound(playerId));
        if (!player.organizationId().equals(user.organizationId())) {
            throw notFound(playerId);
        }
        return player;
    }

    /** Medical staff of a club (a platform operator holding the role elsewhere does not count). */
    public UUID requireMedicalStaff(CurrentUser user) {
        if (!user.hasRole(Role.MEDICAL_STAFF) || user.organizationId() == null) {
            throw new ForbiddenException("Only the club's medical staff may do this");
        }
        return user.organizationId();
    }

    /**
     * A team-wide availability view (statuses, counts, restrictions): medical staff and club admins for any team of
     * their club; coaches, assistant coaches and physical trainers for their own teams; operators and services.
     */
    public TeamAccess requireTeamAvailability(CurrentUser user, UUID teamId) {
        if (!user.isPlatformWide() && !user.hasAnyRole(Role.MEDICAL_STAFF, Role.CLUB_ADMIN, Role.COACH,
                Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER)) {
            throw new ForbiddenException("Your role may not see team availability");
        }
        TeamAccess team = requireKnownTeam(user, teamId);
        if (!user.isPlatformWide() && !user.hasAnyRole(Role.MEDICAL_STAFF, Role.CLUB_ADMIN)
                && !user.isMemberOfTeam(teamId)) {
            throw new ForbiddenException("You may see the availability of your own teams only");
        }
        return team;
    }

    /** Team wellness averages (aggregates, no individual values): medical staff; coaching staff of the team. */
    public TeamAccess requireTeamWellness(CurrentUser user, UUID teamId) {
        if (!user.hasAnyRole(Role.MEDICAL_STAFF, Role.COACH, Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER)) {
            throw new ForbiddenException("Your role may not see team wellness");
        }
        TeamAccess team = requireKnownTeam(user, teamId);
        if (!user.hasRole(Role.MEDICAL_STAFF) && !user.isMemberOfTeam(teamId)) {
            throw new ForbiddenException("You may see the wellness of your own teams only");
        }
        return team;
    }

    /** Team-wide medical records (e.g. active injuries with diagnoses): the club's medical staff only. */
    public TeamAccess requireTeamRecords(CurrentUser user, UUID teamId) {
        requireMedicalStaff(user);
        return requireKnownTeam(user, teamId);
    }

    private TeamAccess requireKnownTeam(CurrentUser user, UUID teamId) {
        Optional<UUID> organization = roster.teamOrganization(teamId);
        if (organization.isEmpty() || !user.belongsTo(organization.get())) {
            throw new NotFoundException("Team", teamId);
        }
        return new TeamAccess(teamId, organization.get());
    }

    private static NotFoundException notFound(UUID playerId) {
        return new NotFoundException("Player", playerId);
    }
}
