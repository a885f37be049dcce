package com.hockeyhub.calendar.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.calendar.participant.Participation;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees and who manages an event, in one place: the list query (a {@link Specification}) and the single-event
 * check apply the same rules. Within the caller's club: public events to everyone; team events to the team's
 * members (and club admins); role-based events to holders of the listed roles; private events only to their
 * participants and organizer. Everyone sees events they or their linked children take part in.
 */
@Component
public class EventAccess {

    static final Set<Role> EVENT_CREATORS = Set.of(Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH,
            Role.TEAM_MANAGER, Role.MEDICAL_STAFF, Role.PHYSICAL_TRAINER, Role.EQUIPMENT_MANAGER);
    private static final Set<Role> TEAM_STAFF = Set.of(Role.COACH, Role.ASSISTANT_COACH, Role.TEAM_MANAGER,
            Role.PHYSICAL_TRAINER);

    public Specification<Event> visibleTo(CurrentUser user) {
        return (root, query, cb) -> {
            if (user.isPlatformWide()) {
                return cb.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            any.add(cb.equal(root.get("visibility"), Visibility.PUBLIC));
            any.add(cb.equal(root.get("organizerId"), user.id()));
            any.add(participates(root, query, cb, Participation.selfAndChildren(user)));
            if (user.hasRole(Role.CLUB_ADMIN)) {
                any.add(cb.notEqual(root.get("visibility"), Visibility.PRIVATE));
            }
            if (!user.teamIds().isEmpty()) {
                any.add(cb.and(cb.equal(root.get("visibility"), Visibility.TEAM), root.get("teamId").in(user.teamIds())));
            }
            for (Role role : user.roles()) {
                any.add(cb.and(cb.equal(root.get("visibility"), Visibility.ROLE_BASED),
                        cb.like(root.get("visibleRoles"), "%," + role.claimValue() + ",%")));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    /** Events the user (or a linked child) takes part in, or events of the user's teams: what "my calendar" shows. */
    public Specification<Event> involving(CurrentUser user) {
        return (root, query, cb) -> {
            Predicate mine = participates(root, query, cb, Participation.selfAndChildren(user));
            if (user.teamIds().isEmpty()) {
                return mine;
            }
            return cb.or(mine, root.get("teamId").in(user.teamIds()));
        };
    }

    public static Specification<Event> hasParticipant(UUID userId) {
        return (root, query, cb) -> participates(root, query, cb, Set.of(userId));
    }

    private static Predicate participates(Root<Event> root, CriteriaQuery<?> query, CriteriaBuilder cb, Set<UUID> users) {
        return Participation.takesPart(root.get("id"), query, cb, users);
    }

    /** The single-event form of {@link #visibleTo}; {@code participates} is whether the user or a child takes part. */
    public boolean canSee(Event event, CurrentUser user, boolean participates) {
        return canSee(event.getOrganizationId(), event.getOrganizerId(), event.getVisibility(), event.getTeamId(),
                event.getVisibleRoles(), user, participates);
    }

    /** The same rules on a (cached) response. */
    public boolean canSee(EventResponse event, CurrentUser user, boolean participates) {
        return canSee(event.organizationId(), event.organizerId(), event.visibility(), event.teamId(),
                event.visibleRoles().stream().map(Role::parse).collect(Collectors.toSet()), user, participates);
    }

    private static boolean canSee(UUID organizationId, UUID organizerId, Visibility visibility, UUID teamId,
            Set<Role> visibleRoles, CurrentUser user, boolean participates) {
        if (!user.belongsTo(organizationId)) {
            return false;
        }
        if (user.isPlatformWide() || participates || user.id().equals(organizerId)) {
            return true;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case TEAM -> user.hasRole(Role.CLUB_ADMIN) || (teamId != null && user.isMemberOfTeam(teamId));
            case ROLE_BASED -> user.hasRole(Role.CLUB_ADMIN) || user.hasAnyRole(visibleRoles);
            case PRIVATE -> false;
        };
    }

    /** Who may create an event of this type for this team. */
    public void requireCanCreate(CurrentUser user, EventType type, UUID teamId) {
        user.requireAnyRole(EVENT_CREATORS.toArray(Role[]::new));
        if (user.isSuperAdmin() || user.hasRole(Role.CLUB_ADMIN)) {
            return;
        }
        if (teamId != null && !user.isMemberOfTeam(teamId)) {
            throw new ForbiddenException("Only the team's staff or a club admin may schedule events for team " + teamId);
        }
        if (type == EventType.MEDICAL && !user.hasRole(Role.MEDICAL_STAFF)) {
            throw new ForbiddenException("Medical appointments are scheduled by medical staff");
        }
    }

    /** Organizer, club admin, or staff of the event's team. */
    public boolean canManage(Event event, CurrentUser user) {
        if (!user.belongsTo(event.getOrganizationId())) {
            return false;
        }
        if (user.isSuperAdmin() || user.hasRole(Role.CLUB_ADMIN) || user.id().equals(event.getOrganizerId())) {
            return true;
        }
        return event.getTeamId() != null && user.isMemberOfTeam(event.getTeamId()) && user.hasAnyRole(TEAM_STAFF);
    }

    public void requireCanManage(Event event, CurrentUser user) {
        if (!canManage(event, user)) {
            throw new ForbiddenException("Only the organizer, the team's staff or a club admin may change this event");
        }
    }
}
