package com.hockeyhub.training.execution;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import com.hockeyhub.training.assignment.Assignment;
import com.hockeyhub.training.assignment.AssignmentService;
import com.hockeyhub.training.assignment.AssignmentStatus;
import com.hockeyhub.training.execution.ExecutionViews.CompleteRequest;
import com.hockeyhub.training.execution.ExecutionViews.ExecutionResponse;
import com.hockeyhub.training.execution.ExecutionViews.SetRequest;
import com.hockeyhub.training.execution.ExecutionViews.SetResponse;
import com.hockeyhub.training.plan.PlannedExercise;
import com.hockeyhub.training.plan.PlannedExercises;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Executions: a player starts an assigned session (one in progress per player and session — the partial unique
 * index decides between concurrent starts), logs sets, and completes it with the RPE; completing records the workout
 * on the assignment and publishes training.workout.completed. A session does not complete while one is in progress
 * ({@link InProgressExecutions}).
 */
@Service
public class ExecutionService {

    private final ExecutionRepository executions;
    private final ExecutionSetRepository sets;
    private final AssignmentService assignments;
    private final PlannedExercises planned;
    private final TrainingAccessPolicy policy;
    private final Roster roster;
    private final Clock clock = Clock.systemUTC();

    ExecutionService(ExecutionRepository executions, ExecutionSetRepository sets, AssignmentService assignments,
            PlannedExercises planned, TrainingAccessPolicy policy, Roster roster) {
        this.executions = executions;
        this.sets = sets;
        this.assignments = assignments;
        this.planned = planned;
        this.policy = policy;
        this.roster = roster;
    }

    @Transactional
    public ExecutionResponse start(UUID assignmentId, CurrentUser user) {
        Assignment assignment = assignments.requireRecordable(assignmentId, user);
        if (assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new ConflictException("The assignment is " + assignment.getStatus().value()
                    + "; only an open one is started");
        }
        // two concurrent starts: the second insert waits for the first and then fails on
        // workout_executions_one_in_progress_uk (a 409 problem)
        WorkoutExecution execution = executions.saveAndFlush(new WorkoutExecution(assignment.getOrganizationId(),
                assignment.getId(), assignment.getSessionId(), assignment.getPlayerId(), assignment.getTeamId(),
                clock.instant()));
        return view(execution);
    }

    @Transactional
    public SetResponse log(UUID executionId, SetRequest request, CurrentUser user) {
        WorkoutExecution execution = requireWritable(executionId, user);
        execution.requireInProgress();
        if (planned.ofSession(execution.getSessionId()).stream()
                .noneMatch(p -> p.exerciseId().equals(request.exerciseId()))) {
            throw new InvalidRequestException("exerciseId", "is not an exercise of the session");
        }
        if (request.reps() == null && request.durationSeconds() == null) {
            throw new InvalidRequestException("reps", "or durationSeconds is required");
        }
        return SetResponse.of(sets.saveAndFlush(new ExecutionSet(execution.getOrganizationId(), execution.getId(),
                request)));
    }

    @Transactional
    public ExecutionResponse complete(UUID executionId, CompleteRequest request, CurrentUser user) {
        WorkoutExecution execution = requireWritable(executionId, user);
        if (execution.getStatus() != ExecutionStatus.IN_PROGRESS) {
            throw new ConflictException("The execution is already " + execution.getStatus().value());
        }
        int minutes = request.durationMinutes() != null ? request.durationMinutes()
                : (int) Math.max(1, Math.min(480, Duration.between(execution.getStartedAt(), clock.instant())
                        .toMinutes()));
        execution.complete(minutes, request.rpe(), completion(execution).percent(), clock.instant());
        executions.saveAndFlush(execution);
        Assignment assignment = assignments.requireRecordable(execution.getAssignmentId(), user);
        assignments.recordWorkout(assignment, execution.getId(), minutes, request.rpe(), null);
        return view(execution);
    }

    /** The player, their parents and the club's staff. */
    @Transactional(readOnly = true)
    public ExecutionResponse get(UUID executionId, CurrentUser user) {
        return view(requireReadable(executionId, user));
    }

    @Transactional(readOnly = true)
    public List<ExecutionResponse> ofPlayer(UUID playerId, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isOfClub(club, playerId)) {
            throw new NotFoundException("Player", playerId);
        }
        policy.requirePlayerReader(user, playerId);
        return executions.findByOrganizationIdAndPlayerIdOrderByStartedAtDesc(club, playerId).stream()
                .map(this::view).toList();
    }

    private record Completion(int planned, int logged, int percent) {
    }

    /** Logged sets against planned ones, per exercise and capped at the plan, as a share of all planned sets. */
    private Completion completion(WorkoutExecution execution) {
        List<PlannedExercise> plan = planned.ofSession(execution.getSessionId());
        Map<UUID, Integer> logged = new HashMap<>();
        sets.findByExecutionIdOrderByCreatedAt(execution.getId())
                .forEach(s -> logged.merge(s.getExerciseId(), 1, Integer::sum));
        Map<UUID, Integer> wanted = new HashMap<>();
        plan.forEach(p -> wanted.merge(p.exerciseId(), p.sets(), Integer::sum));
        int total = wanted.values().stream().mapToInt(Integer::intValue).sum();
        int done = wanted.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), logged.getOrDefault(e.getKey(),
                0))).sum();
        int all = logged.values().stream().mapToInt(Integer::intValue).sum();
        return new Completion(total, all, total == 0 ? 0 : (int) Math.round(100.0 * done / total));
    }

    private ExecutionResponse view(WorkoutExecution e) {
        Completion c = completion(e);
        int percent = e.getCompletionPercent() != null ? e.getCompletionPercent() : c.percent();
        return new ExecutionResponse(e.getId(), e.getAssignmentId(), e.getSessionId(), e.getPlayerId(), e.getTeamId(),
                e.getStatus(), e.getStartedAt(), e.getCompletedAt(), e.getDurationMinutes(), e.getRpe(), e.load(),
                c.planned(), c.logged(), percent,
                sets.findByExecutionIdOrderByCreatedAt(e.getId()).stream().map(SetResponse::of).toList());
    }

    private WorkoutExecution requireReadable(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        WorkoutExecution execution = executions.findById(id).filter(e -> e.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Execution", id));
        if (!user.isSelfOrParentOf(execution.getPlayerId()) && !policy.isClubWideStaff(user)
                && !user.isMemberOfTeam(execution.getTeamId())) {
            throw new NotFoundException("Execution", id);
        }
        policy.requirePlayerReader(user, execution.getPlayerId());
        return execution;
    }

    private WorkoutExecution requireWritable(UUID id, CurrentUser user) {
        WorkoutExecution execution = requireReadable(id, user);
        policy.requireExecutionRecorder(user, execution.getPlayerId(), execution.getTeamId());
        return execution;
    }
}
