package com.hockeyhub.training.assignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import com.hockeyhub.training.medical.TrainingStatuses;
import com.hockeyhub.training.session.SessionService;
import com.hockeyhub.training.session.SessionStatus;
import com.hockeyhub.training.session.SessionStatusChanged;
import com.hockeyhub.training.session.WorkoutSession;
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
    private final Clock clock = Clock.systemUTC();

    AssignmentService(AssignmentRepository assignments, SessionService sessions, TrainingStatuses statuses,
            UpcomingSessionsCache upcoming, TrainingAccessPolicy policy, Roster roster, EventPublisher events,
            CacheTagInvalidator invalidator) {
        this.assignments = assignments;
        this.sessions = sessions;
        this.statuses = statuses;
        this.upcoming = upcoming;
        this.policy = policy;
        this.roster = roster;
        this.events = events;
        this.invalidator = invalidator;
    }

    /**
     * Assigns the session in one batch to its team's players, to one position group of the team, or to listed
     * players of the club: one row per player and session; players already assigned are counted, never duplicated;
     * players medical-service keeps from training are left out (reported), load management scales the load.
     */
    @Transactional
    public AssignmentViews.TeamAssignment assign(UUID sessionId, AssignmentViews.AssignRequest request,
            CurrentUser user) {
        WorkoutSession session = sessions.requirePlannable(sessionId, user);
        if (!session.isOpen()) {
            throw new ConflictException("A " + session.getStatus().value() + " session cannot be assigned");
        }
        UUID club = session.getOrganizationId();
        List<UUID> players;
        if (request.playerIds() != null && !request.playerIds().isEmpty()) {
            players = request.playerIds().stream().distinct().toList();
            for (UUID player : players) {
                boolean ofClub = roster.memberships(player).stream().anyMatch(m -> club.equals(m.organizationId()))
                        || roster.person(player).filter(p -> club.equals(p.organizationId())).isPresent();
                if (!ofClub) {
                    throw new InvalidRequestException("playerIds", "names a player outside the club: " + player);
                }
            }
        } else {
            String position = request.position() == null ? null : request.position().trim();
            players = roster.players(session.getTeamId()).stream()
                    .filter(m -> position == null || position.equalsIgnoreCase(m.position()))
                    .map(RosterMember::userId).toList();
        }
        Map<UUID, TrainingStatuses.Status> medical = statuses.of(players);
        Set<UUID> already = new java.util.HashSet<>(assignments.findBySessionIdOrderByPlayerId(sessionId).stream()
                .map(Assignment::getPlayerId).toList());
        List<Assignment> created = new ArrayList<>();
        List<AssignmentViews.Excluded> excluded = new ArrayList<>();
        int alreadyAssigned = 0;
        for (UUID player : players) {
            if (already.contains(player)) {
                alreadyAssigned++;
                continue;
            }
            TrainingStatuses.Status status = medical.get(player);
            if (!status.mayTrain()) {
                excluded.add(new AssignmentViews.Excluded(player, "medical status: " + status.status()));
                continue;
            }
            created.add(new Assignment(club, sessionId, session.getTeamId(), player, status.loadMultiplier()));
        }
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
        return new AssignmentViews.TeamAssignment(sessionId, assigned, excluded, alreadyAssigned);
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
        if (roster.person(playerId).filter(p -> club.equals(p.organizationId())).isEmpty()
                && roster.memberships(playerId).stream().noneMatch(m -> club.equals(m.organizationId()))) {
            throw new NotFoundException("Player", playerId);
        }
        policy.requirePlayerReader(user, playerId);
        return assignments.findTop200ByOrganizationIdAndPlayerIdOrderByCreatedAtDesc(club, playerId).stream()
                .map(AssignmentViews.AssignmentResponse::of).toList();
    }

    /** The player's upcoming sessions (cached): the player, their parents and the club's staff. */
    public AssignmentViews.Upcoming upcoming(UUID playerId, CurrentUser user) {
        UUID club = policy.club(user);
        if (roster.person(playerId).filter(p -> club.equals(p.organizationId())).isEmpty()
                && roster.memberships(playerId).stream().noneMatch(m -> club.equals(m.organizationId()))) {
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

    public Set<UUID> playersOf(UUID sessionId) {
        return Set.copyOf(assignments.findBySessionIdOrderByPlayerId(sessionId).stream()
                .map(Assignment::getPlayerId).toList());
    }
}
