package com.hockeyhub.training.assignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.training.TrainingEvents.AssignmentsCreated;
import com.hockeyhub.shared.api.training.TrainingEvents.WorkoutCompleted;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import com.hockeyhub.training.medical.TrainingStatuses;
import com.hockeyhub.training.session.SessionRequest;
import com.hockeyhub.training.session.SessionResponse;
import com.hockeyhub.training.session.SessionService;
import com.hockeyhub.training.session.SessionStatus;
import com.hockeyhub.training.session.SessionStatusChanged;
import com.hockeyhub.training.session.WorkoutSession;
import com.hockeyhub.training.template.TemplateResponse;
import com.hockeyhub.training.template.TemplateService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Giving a session to a whole team in one call — players medical-service keeps from training are left out, players
 * under load management get their share — and recording what each player did.
 */
@Service
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final SessionService sessions;
    private final TrainingStatuses statuses;
    private final UpcomingSessionsCache upcoming;
    private final TrainingAccessPolicy policy;
    private final Roster roster;
    private final EventPublisher events;
    private final CacheTagInvalidator invalidator;
    private final SessionAudiences audiences;
    private final TimeConflicts timeConflicts;
    private final TemplateService templates;
    private final List<StartedWork> startedWork;
    private final Clock clock = Clock.systemUTC();

    AssignmentService(AssignmentRepository assignments, SessionService sessions, TrainingStatuses statuses,
            UpcomingSessionsCache upcoming, TrainingAccessPolicy policy, Roster roster, EventPublisher events,
            CacheTagInvalidator invalidator, SessionAudiences audiences, TimeConflicts timeConflicts,
            TemplateService templates, List<StartedWork> startedWork) {
        this.assignments = assignments;
        this.sessions = sessions;
        this.statuses = statuses;
        this.upcoming = upcoming;
        this.policy = policy;
        this.roster = roster;
        this.events = events;
        this.invalidator = invalidator;
        this.audiences = audiences;
        this.timeConflicts = timeConflicts;
        this.templates = templates;
        this.startedWork = startedWork;
    }

    /**
     * Assigns the session in one batch to its team's players, to one position group of the team, or to listed
     * players of the club: one row per player and session; conflicts (the session already given, or another at that
     * time) are reported, never duplicated;
     * players medical-service keeps from training are left out (reported), load management scales the load. A team
     * or position-group assignment is remembered, so players who join the team later get the session too.
     */
    @Transactional
    public AssignmentViews.TeamAssignment assign(UUID sessionId, AssignmentViews.AssignRequest request,
            CurrentUser user) {
        WorkoutSession session = sessions.requirePlannable(sessionId, user);
        if (!session.isOpen()) {
            throw new ConflictException("A " + session.getStatus().value() + " session cannot be assigned");
        }
        UUID club = session.getOrganizationId();
        if (request.playerIds() != null && !request.playerIds().isEmpty()) {
            List<UUID> players = request.playerIds().stream().distinct().toList();
            requireClubPlayers(club, players);
            return assignPlayers(session, players, AssignmentSource.INDIVIDUAL);
        }
        String position = request.position() == null || request.position().isBlank() ? null
                : request.position().trim();
        List<UUID> players = roster.players(session.getTeamId()).stream()
                .filter(m -> position == null || position.equalsIgnoreCase(m.position()))
                .map(RosterMember::userId).toList();
        audiences.add(club, sessionId, position);
        return assignPlayers(session, players, AssignmentSource.TEAM);
    }

    /**
     * A template given straight to players of the club (not to a team): for each team the players play on, one
     * session from the template at the given time, assigned to those players only. Trainers and club admins assign
     * any player of the club, coaches the players of their own teams. 404 for a player the club does not have, 422
     * for one on no team of the club, 403 for a coach naming another team's player.
     */
    @Transactional
    public AssignmentViews.TemplateAssignment assignTemplate(UUID templateId,
            AssignmentViews.TemplateAssignRequest request, CurrentUser user) {
        UUID club = policy.requirePlanner(user);
        TemplateResponse template = templates.get(templateId, user);
        List<UUID> players = request.playerIds().stream().distinct().toList();
        requireClubPlayers(club, players);
        Map<UUID, List<UUID>> byTeam = new LinkedHashMap<>();
        for (UUID player : players) {
            List<UUID> teams = roster.memberships(player).stream()
                    .filter(m -> club.equals(m.organizationId()))
                    .filter(m -> m.teamRole() == null || "player".equalsIgnoreCase(m.teamRole()))
                    .map(RosterMember::teamId).toList();
            if (teams.isEmpty()) {
                throw new BusinessRuleException("Player " + player + " plays on no team of the club; a session "
                        + "belongs to a team");
            }
            UUID team = teams.stream().filter(t -> policy.isClubWideStaff(user) || user.isMemberOfTeam(t))
                    .findFirst().orElseThrow(() -> new ForbiddenException(
                            "Coaches assign training to the players of their own teams"));
            byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(player);
        }
        String title = request.title() == null || request.title().isBlank() ? template.name() : request.title();
        List<AssignmentViews.TeamAssignment> results = new ArrayList<>();
        byTeam.forEach((team, ofTeam) -> {
            SessionResponse created = sessions.create(new SessionRequest(team, templateId, title, template.type(),
                    request.startsAt(), request.durationMinutes(), request.location(), null), user);
            results.add(assignPlayers(sessions.require(club, created.id()), ofTeam, AssignmentSource.INDIVIDUAL));
        });
        return new AssignmentViews.TemplateAssignment(templateId, results);
    }

    /**
     * The players of the club, each known to the roster as the club's person or a member of one of its teams; a
     * player the club does not have is not found (404), whether unknown or another club's.
     */
    private void requireClubPlayers(UUID club, List<UUID> players) {
        Set<UUID> ofClub = roster.ofClub(club, players);
        for (UUID player : players) {
            if (!ofClub.contains(player)) {
                throw new NotFoundException("Player", player);
            }
        }
    }

    /** One batch: new rows for players not yet assigned, medical restrictions applied, one event. */
    private AssignmentViews.TeamAssignment assignPlayers(WorkoutSession session, List<UUID> players,
            AssignmentSource source) {
        UUID club = session.getOrganizationId();
        UUID sessionId = session.getId();
        Map<UUID, TrainingStatuses.Status> medical = statuses.of(players);
        Map<UUID, Assignment> already = new HashMap<>();
        assignments.findBySessionIdOrderByPlayerId(sessionId).forEach(a -> already.put(a.getPlayerId(), a));
        List<Assignment> created = new ArrayList<>();
        List<Assignment> named = new ArrayList<>();
        List<AssignmentViews.Excluded> excluded = new ArrayList<>();
        List<AssignmentViews.Conflict> conflicts = new ArrayList<>();
        Map<UUID, TimeConflicts.Busy> busy = timeConflicts.of(session,
                players.stream().filter(p -> !already.containsKey(p)).toList());
        int alreadyAssigned = 0;
        for (UUID player : players) {
            Assignment existing = already.get(player);
            if (existing != null) {
                if (source == AssignmentSource.INDIVIDUAL && existing.getSource() == AssignmentSource.TEAM) {
                    existing.markIndividual(); // named now: stays theirs if they leave the team
                    named.add(existing);
                }
                alreadyAssigned++;
                conflicts.add(new AssignmentViews.Conflict(player, sessionId,
                        "already assigned to this session (" + existing.getStatus().value() + ")"));
                continue;
            }
            TimeConflicts.Busy other = busy.get(player);
            if (other != null) {
                conflicts.add(new AssignmentViews.Conflict(player, other.sessionId(),
                        "already assigned to \"" + other.title() + "\" at that time"));
                continue;
            }
            TrainingStatuses.Status status = medical.get(player);
            if (!status.mayTrain()) {
                excluded.add(new AssignmentViews.Excluded(player, "medical status: " + status.status()));
                continue;
            }
            created.add(new Assignment(club, sessionId, session.getTeamId(), player, status.loadMultiplier(),
                    source));
        }
        assignments.saveAll(named);
        assignments.saveAll(created);
        assignments.flush();
        List<AssignmentViews.AssignmentResponse> assigned = created.stream()
                .map(AssignmentViews.AssignmentResponse::of).toList();
        if (!assigned.isEmpty()) {
            events.publish(EventTypes.TRAINING_ASSIGNMENT_CREATED, club,
                    new AssignmentsCreated(sessionId, club, session.getTeamId(),
                            assigned.stream().map(AssignmentViews.AssignmentResponse::playerId).toList(),
                            excluded.stream().map(AssignmentViews.Excluded::playerId).toList()));
            invalidator.invalidate(assigned.stream().map(a -> CacheTag.user(a.playerId())).toList());
        }
        return new AssignmentViews.TeamAssignment(sessionId, assigned, excluded, alreadyAssigned, conflicts);
    }

    /**
     * team.member.added: a player who joins a team gets its upcoming sessions that were given to the whole team or
     * to their position group (an assignment the team took away earlier is open again); medical restrictions apply,
     * and a session at the time of one they already have is left out. Repeating it changes nothing. Returns the assignments created or reopened.
     */
    @Transactional
    public List<Assignment> joinTeam(UUID club, UUID teamId, UUID playerId, String position) {
        List<UUID> upcomingSessions = audiences.upcomingFor(club, teamId, position, clock.instant());
        if (upcomingSessions.isEmpty()) {
            return List.of();
        }
        TrainingStatuses.Status medical = statuses.of(List.of(playerId)).get(playerId);
        if (!medical.mayTrain()) {
            return List.of();
        }
        Map<UUID, Assignment> existing = new HashMap<>();
        assignments.findByPlayerIdAndSessionIdIn(playerId, upcomingSessions)
                .forEach(a -> existing.put(a.getSessionId(), a));
        List<Assignment> given = new ArrayList<>();
        for (UUID sessionId : upcomingSessions) {
            Assignment assignment = existing.get(sessionId);
            if (assignment == null || assignment.getStatus() == AssignmentStatus.CANCELLED) {
                WorkoutSession session = sessions.require(club, sessionId);
                if (timeConflicts.of(session, List.of(playerId)).containsKey(playerId)) {
                    continue; // another session at that time: a conflict, never a double booking
                }
            }
            if (assignment == null) {
                given.add(new Assignment(club, sessionId, teamId, playerId, medical.loadMultiplier(),
                        AssignmentSource.TEAM));
            } else if (assignment.rejoin(medical.loadMultiplier())) {
                given.add(assignment);
            }
        }
        assignments.saveAll(given);
        assignments.flush();
        for (Assignment a : given) {
            events.publish(EventTypes.TRAINING_ASSIGNMENT_CREATED, club, new AssignmentsCreated(a.getSessionId(),
                    club, teamId, List.of(playerId), List.of()));
        }
        if (!given.isEmpty()) {
            invalidator.invalidate(CacheTag.user(playerId));
        }
        return given;
    }

    /**
     * team.member.removed: a player who leaves a team loses its upcoming sessions that came to them only through
     * the team; completed or started work and sessions they were named for stay theirs. Repeating it changes
     * nothing. Returns the assignments cancelled.
     */
    @Transactional
    public List<Assignment> leaveTeam(UUID club, UUID teamId, UUID playerId) {
        Set<UUID> upcomingSessions = Set.copyOf(audiences.upcomingOf(club, teamId, clock.instant()));
        List<Assignment> candidates = assignments.findByPlayerIdAndTeamIdAndStatus(playerId, teamId,
                AssignmentStatus.ASSIGNED).stream()
                .filter(a -> a.belongsTo(club) && a.getSource() == AssignmentSource.TEAM
                        && upcomingSessions.contains(a.getSessionId()))
                .toList();
        Set<UUID> started = new HashSet<>();
        List<UUID> ids = candidates.stream().map(Assignment::getId).toList();
        startedWork.forEach(w -> started.addAll(w.startedAmong(ids)));
        List<Assignment> lost = candidates.stream().filter(a -> !started.contains(a.getId())).toList();
        lost.forEach(Assignment::cancel);
        assignments.saveAll(lost);
        if (!lost.isEmpty()) {
            invalidator.invalidate(CacheTag.user(playerId));
        }
        return lost;
    }

    /** A per-player load modifier on an open assignment (the session's planners). */
    @Transactional
    public AssignmentViews.AssignmentResponse modifyLoad(UUID assignmentId, BigDecimal multiplier, CurrentUser user) {
        UUID club = policy.club(user);
        Assignment assignment = assignments.findById(assignmentId).filter(a -> a.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
        sessions.requirePlannable(assignment.getSessionId(), user);
        assignment.modifyLoad(multiplier);
        assignments.saveAndFlush(assignment);
        invalidator.invalidate(CacheTag.user(assignment.getPlayerId()));
        return AssignmentViews.AssignmentResponse.of(assignment);
    }

    @Transactional(readOnly = true)
    public List<AssignmentViews.AssignmentResponse> ofSession(UUID sessionId, CurrentUser user) {
        sessions.requirePlannable(sessionId, user);
        return assignments.findBySessionIdOrderByPlayerId(sessionId).stream()
                .map(AssignmentViews.AssignmentResponse::of).toList();
    }

    /** The player's workout: completes the assignment once and tells statistics the session load. */
    @Transactional
    public AssignmentViews.AssignmentResponse complete(UUID assignmentId, AssignmentViews.Execution execution,
            CurrentUser user) {
        Assignment assignment = requireRecordable(assignmentId, user);
        String results = execution.results() == null ? null
                : JsonMapper.shared().writeValueAsString(execution.results());
        recordWorkout(assignment, assignment.getId(), execution.durationMinutes(), execution.rpe(), results);
        return AssignmentViews.AssignmentResponse.of(assignment);
    }

    /**
     * An assignment of the caller's club whose workout the caller may record (the player, or their coaches and
     * trainers), in a session that was not cancelled: 404 when the caller may not see it, 403, 409.
     */
    @Transactional(readOnly = true)
    public Assignment requireRecordable(UUID assignmentId, CurrentUser user) {
        UUID club = policy.club(user);
        Assignment assignment = assignments.findById(assignmentId).filter(a -> a.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
        if (!user.isSelfOrParentOf(assignment.getPlayerId()) && !policy.isClubWideStaff(user)
                && !user.isMemberOfTeam(assignment.getTeamId())) {
            throw new NotFoundException("Assignment", assignmentId);
        }
        policy.requireExecutionRecorder(user, assignment.getPlayerId(), assignment.getTeamId());
        WorkoutSession session = sessions.require(club, assignment.getSessionId());
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new ConflictException("The session was cancelled");
        }
        return assignment;
    }

    /**
     * Completes the assignment with the workout (409 when it is not open) and publishes training.workout.completed
     * with the session load (minutes × RPE), identified by {@code executionId}.
     */
    @Transactional
    public void recordWorkout(Assignment assignment, UUID executionId, int minutes, BigDecimal rpe, String results) {
        UUID club = assignment.getOrganizationId();
        WorkoutSession session = sessions.require(club, assignment.getSessionId());
        assignment.complete(minutes, rpe, results, clock.instant());
        assignments.saveAndFlush(assignment);
        events.publish(EventTypes.TRAINING_WORKOUT_COMPLETED, club, new WorkoutCompleted(executionId,
                session.getId(), assignment.getPlayerId(), club, assignment.getCompletedAt(), minutes, rpe,
                assignment.load(), session.getType().value()));
        invalidator.invalidate(CacheTag.user(assignment.getPlayerId()));
    }

    /** The player's assignments of any status, newest first (at most 200): the player, their parents, the staff. */
    @Transactional(readOnly = true)
    public List<AssignmentViews.AssignmentResponse> ofPlayer(UUID playerId, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isOfClub(club, playerId)) {
            throw new NotFoundException("Player", playerId);
        }
        policy.requirePlayerReader(user, playerId);
        return assignments.findTop200ByOrganizationIdAndPlayerIdOrderByCreatedAtDesc(club, playerId).stream()
                .map(AssignmentViews.AssignmentResponse::of).toList();
    }

    /** The player's upcoming sessions (cached): the player, their parents and the club's staff. */
    public AssignmentViews.Upcoming upcoming(UUID playerId, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isOfClub(club, playerId)) {
            throw new NotFoundException("Player", playerId);
        }
        policy.requirePlayerReader(user, playerId);
        return upcoming.of(playerId);
    }

    /** A cancelled session cancels its open assignments; any status change refreshes its players' lists. */
    @EventListener
    @Transactional
    void sessionChanged(SessionStatusChanged change) {
        List<Assignment> of = assignments.findBySessionIdOrderByPlayerId(change.sessionId());
        if (change.status() == SessionStatus.CANCELLED) {
            of.forEach(Assignment::cancel);
            assignments.saveAll(of);
        }
        invalidator.invalidate(of.stream().map(a -> CacheTag.user(a.getPlayerId())).distinct().toList());
    }

    /** For the transfer step: the player's open assignments with a team. */
    public List<Assignment> openOf(UUID playerId, UUID teamId) {
        return assignments.findByPlayerIdAndTeamIdAndStatus(playerId, teamId, AssignmentStatus.ASSIGNED);
    }

    /**
     * For the transfer step: the team's upcoming sessions that were given to the whole team or to the player's
     * position group on it (as far as the roster knows the position).
     */
    public List<UUID> upcomingTeamSessions(UUID club, UUID teamId, UUID playerId) {
        String position = roster.memberships(playerId).stream().filter(m -> teamId.equals(m.teamId()))
                .map(RosterMember::position).filter(Objects::nonNull).findFirst().orElse(null);
        return audiences.upcomingFor(club, teamId, position, clock.instant());
    }

    public Set<UUID> playersOf(UUID sessionId) {
        return Set.copyOf(assignments.findBySessionIdOrderByPlayerId(sessionId).stream()
                .map(Assignment::getPlayerId).toList());
    }
}
