package com.hockeyhub.training.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.training.TrainingEvents.SessionChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import com.hockeyhub.training.exercise.ExerciseService;
import com.hockeyhub.training.phase.TeamPhases;
import com.hockeyhub.training.plan.PlannedExercise;
import com.hockeyhub.training.plan.PlannedExercises;
import com.hockeyhub.training.template.TemplateResponse;
import com.hockeyhub.training.template.TemplateService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams' workout sessions: planning, the status flow and the events other services follow. */
@Service
public class SessionService {

    private static final Duration MAX_RANGE = Duration.ofDays(92);

    private final SessionRepository sessions;
    private final PlannedExercises planned;
    private final ExerciseService exercises;
    private final TemplateService templates;
    private final TrainingAccessPolicy policy;
    private final Roster roster;
    private final EventPublisher events;
    private final ApplicationEventPublisher local;
    private final List<SessionCompletionCheck> completionChecks;
    private final List<SessionMoveCheck> moveChecks;
    private final TeamPhases phases;
    private final Clock clock;

    SessionService(SessionRepository sessions, PlannedExercises planned, ExerciseService exercises,
            TemplateService templates, TrainingAccessPolicy policy, Roster roster, EventPublisher events,
            ApplicationEventPublisher local, List<SessionCompletionCheck> completionChecks,
            List<SessionMoveCheck> moveChecks, TeamPhases phases) {
        this.sessions = sessions;
        this.planned = planned;
        this.exercises = exercises;
        this.templates = templates;
        this.policy = policy;
        this.roster = roster;
        this.events = events;
        this.local = local;
        this.completionChecks = completionChecks;
        this.moveChecks = moveChecks;
        this.phases = phases;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public SessionResponse create(SessionRequest request, CurrentUser user) {
        UUID club = policy.requireTeamPlanner(user, request.teamId());
        if (!roster.isTeamOf(request.teamId(), club)) {
            throw new NotFoundException("Team", request.teamId());
        }
        List<PlannedExercise> plan;
        if (request.templateId() != null) {
            TemplateResponse template = templates.get(request.templateId(), user);
            plan = request.exercises() == null || request.exercises().isEmpty() ? template.exercises()
                    : request.exercises();
        } else if (request.exercises() == null || request.exercises().isEmpty()) {
            throw new InvalidRequestException("exercises", "are required without a templateId");
        } else {
            plan = request.exercises();
        }
        PlannedExercises.check(plan, "exercises");
        exercises.requireAll(club, plan.stream().map(PlannedExercise::exerciseId).toList(), "exercises");
        WorkoutSession session = sessions.saveAndFlush(new WorkoutSession(club, request.teamId(),
                request.templateId(), request.title(), request.type(), request.startsAt(), request.durationMinutes(),
                request.location()));
        planned.replaceOfSession(club, session.getId(), plan);
        announce(EventTypes.TRAINING_SESSION_SCHEDULED, session);
        return SessionResponse.of(session, plan, phaseOf(session));
    }

    @Transactional(readOnly = true)
    public SessionResponse get(UUID id, CurrentUser user) {
        WorkoutSession session = readable(id, user);
        return SessionResponse.of(session, planned.ofSession(id), phaseOf(session));
    }

    @Transactional(readOnly = true)
    public List<SessionResponse> ofTeam(UUID teamId, Instant from, Instant to, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isTeamOf(teamId, club)) {
            throw new NotFoundException("Team", teamId);
        }
        policy.requireTeamReader(user, club, teamId, parentOfPlayerOn(user, teamId), teamId);
        Instant start = from == null ? clock.instant() : from;
        Instant end = to == null ? start.plus(Duration.ofDays(14)) : to;
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidRequestException("to", "must be after from, at most 92 days later");
        }
        return sessions.findByOrganizationIdAndTeamIdAndStartsAtBetweenOrderByStartsAt(club, teamId, start, end)
                .stream().map(s -> SessionResponse.of(s, planned.ofSession(s.getId()), phaseOf(s))).toList();
    }

    /**
     * Changes a scheduled session: title, type, time, duration, location and (when given) its exercises. A new time
     * that would give one of its players two sessions at once is refused (409), as assigning never double-books.
     */
    @Transactional
    public SessionResponse update(UUID id, SessionRequest request, CurrentUser user) {
        WorkoutSession session = writable(id, user);
        if (!session.getTeamId().equals(request.teamId())) {
            throw new InvalidRequestException("teamId", "cannot change; plan a new session for another team");
        }
        Instant startedAt = session.getStartsAt();
        int lasted = session.getDurationMinutes();
        session.reschedule(request.title(), request.type(), request.startsAt(), request.durationMinutes(),
                request.location());
        if (!startedAt.equals(session.getStartsAt()) || lasted != session.getDurationMinutes()) {
            for (SessionMoveCheck check : moveChecks) {
                check.blocker(session).ifPresent(why -> {
                    throw new ConflictException(why);
                });
            }
        }
        if (request.exercises() != null && !request.exercises().isEmpty()) {
            PlannedExercises.check(request.exercises(), "exercises");
            exercises.requireAll(session.getOrganizationId(),
                    request.exercises().stream().map(PlannedExercise::exerciseId).toList(), "exercises");
            planned.replaceOfSession(session.getOrganizationId(), id, request.exercises());
        }
        return changed(session, null);
    }

    /** Removes a scheduled session nobody was assigned to (409 otherwise: cancel it instead). */
    @Transactional
    public void delete(UUID id, CurrentUser user) {
        WorkoutSession session = writable(id, user);
        session.requireScheduled("deleted");
        if (sessions.hasAssignments(id)) {
            throw new ConflictException("The session has assignments; cancel it instead");
        }
        sessions.delete(session);
    }

    @Transactional
    public SessionResponse start(UUID id, CurrentUser user) {
        WorkoutSession session = writable(id, user);
        session.start();
        return changed(session, null);
    }

    @Transactional
    public SessionResponse complete(UUID id, CurrentUser user) {
        WorkoutSession session = writable(id, user);
        for (SessionCompletionCheck check : completionChecks) {
            check.blocker(id).ifPresent(reason -> {
                throw new ConflictException("The session cannot complete yet: " + reason);
            });
        }
        session.complete();
        return changed(session, EventTypes.TRAINING_SESSION_COMPLETED);
    }

    @Transactional
    public SessionResponse cancel(UUID id, CurrentUser user) {
        WorkoutSession session = writable(id, user);
        session.cancel();
        return changed(session, EventTypes.TRAINING_SESSION_CANCELLED);
    }

    /** For assignments: a session of the caller's club that the caller may plan (404 / 403 otherwise). */
    @Transactional(readOnly = true)
    public WorkoutSession requirePlannable(UUID id, CurrentUser user) {
        return writable(id, user);
    }

    /** For assignments and transfers: a session of the club (404 otherwise). */
    @Transactional(readOnly = true)
    public WorkoutSession require(UUID club, UUID id) {
        return sessions.findById(id).filter(s -> s.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Session", id));
    }

    private SessionResponse changed(WorkoutSession session, String eventType) {
        sessions.saveAndFlush(session);
        if (eventType != null) {
            announce(eventType, session);
        }
        local.publishEvent(new SessionStatusChanged(session.getId(), session.getTeamId(), session.getStatus()));
        return SessionResponse.of(session, planned.ofSession(session.getId()), phaseOf(session));
    }

    private TeamPhases.Phase phaseOf(WorkoutSession session) {
        return phases.at(session.getTeamId(), session.getStartsAt()).orElse(null);
    }

    private void announce(String type, WorkoutSession s) {
        events.publish(type, s.getOrganizationId(), new SessionChanged(s.getId(), s.getOrganizationId(),
                s.getTeamId(), s.getTitle(), s.getType().value(), s.getStartsAt(), s.getDurationMinutes(),
                s.getStatus().value()));
    }

    private WorkoutSession readable(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        WorkoutSession session = require(club, id);
        policy.requireTeamReader(user, club, session.getTeamId(), parentOfPlayerOn(user, session.getTeamId()), id);
        return session;
    }

    private WorkoutSession writable(UUID id, CurrentUser user) {
        WorkoutSession session = require(policy.club(user), id);
        policy.requireTeamPlanner(user, session.getTeamId());
        return session;
    }

    private boolean parentOfPlayerOn(CurrentUser user, UUID teamId) {
        return !user.childIds().isEmpty() && user.childIds().stream().anyMatch(child -> roster.isMember(teamId, child));
    }
}
