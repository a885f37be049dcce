package com.hockeyhub.shared.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.hockeyhub.shared.web.NotFoundException;

/**
 * The one local copy of the clubs' teams, members, people and family links that a service keeps from user-service's
 * events ({@code team.*}, {@code user.*}, {@code family.link.*}), so it can answer "who is on this team" and "whose
 * parent is this" without calling user-service. Enabled with {@code hockeyhub.roster.enabled=true}; the tables come
 * with shared-lib's migrations ({@code R__hockeyhub_roster.sql}), the handlers with shared-lib
 * ({@link RosterEventHandlers}), and the demo club's roster with the {@code seed} profile ({@link DemoRosterSeed}).
 * Every answer is scoped by what the events said; callers still compare the club with the caller's.
 */
public interface Roster {

    Optional<RosterTeam> team(UUID teamId);

    /** The team's current members, players in jersey order first. */
    List<RosterMember> members(UUID teamId);

    /** The team's current players (team role {@code player}), in jersey order. */
    List<RosterMember> players(UUID teamId);

    /** The user's current teams. */
    List<RosterMember> memberships(UUID userId);

    boolean isMember(UUID teamId, UUID userId);

    /** The team is the club's: its team.* event said so, or (before that event) its members are the club's. */
    boolean isTeamOf(UUID teamId, UUID organizationId);

    Optional<RosterPerson> person(UUID userId);

    /**
     * Those of the users the roster knows as the club's: the club's person, or a member of one of its teams (a
     * member may come before their user.* event). Another club's user and an unknown id are not in the answer.
     */
    default Set<UUID> ofClub(UUID organizationId, Collection<UUID> userIds) {
        return userIds.stream().filter(u -> memberships(u).stream().anyMatch(m -> organizationId.equals(
                m.organizationId())) || person(u).filter(p -> organizationId.equals(p.organizationId())).isPresent())
                .collect(Collectors.toSet());
    }

    /** The user is the club's (see {@link #ofClub}). */
    default boolean isOfClub(UUID organizationId, UUID userId) {
        return !ofClub(organizationId, List.of(userId)).isEmpty();
    }

    /**
     * A person a list filter names ({@code ?playerId=}, {@code ?accessorId=}, …) must be known to the club: its own
     * (see {@link #ofClub}), or a former member its rows still name ({@code namedByTheClub}, the service's own check).
     * Anyone else, another club's person or an unknown id, is a 404 — never an empty page that answers for them.
     */
    default void requireKnownToClub(UUID organizationId, UUID userId, Predicate<UUID> namedByTheClub) {
        if (userId != null && !isOfClub(organizationId, userId) && !namedByTheClub.test(userId)) {
            throw new NotFoundException("User", userId);
        }
    }

    List<UUID> childrenOf(UUID parentId);

    List<UUID> parentsOf(UUID childId);

    /** The parent marked as the child's primary contact, if any. */
    Optional<UUID> primaryContactOf(UUID childId);
}
