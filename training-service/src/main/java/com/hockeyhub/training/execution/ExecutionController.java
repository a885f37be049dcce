package com.hockeyhub.training.execution;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Executions", description = "A player's workout as it happens: start, log sets, complete")
class ExecutionController {

    private final ExecutionService executions;

    ExecutionController(ExecutionService executions) {
        this.executions = executions;
    }

    @PostMapping("/api/assignments/{id}/executions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start the assigned workout (the player, or their coaches and trainers)",
            description = "One execution per player and session is in progress, also under concurrent starts "
                    + "(409 for the others); 409 when the assignment is completed or cancelled.")
    ExecutionViews.ExecutionResponse start(CurrentUser user, @PathVariable UUID id) {
        return executions.start(id, user);
    }

    @PostMapping("/api/executions/{id}/sets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a set: actual reps, weight, duration, RPE 1–10 (409 when not in progress)")
    ExecutionViews.SetResponse log(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ExecutionViews.SetRequest request) {
        return executions.log(id, request, user);
    }

    @PostMapping("/api/executions/{id}/complete")
    @Operation(summary = "Complete the workout with the session RPE; once only (409 after that)",
            description = "Completion % is the share of planned sets logged. Records the workout on the assignment "
                    + "and publishes training.workout.completed with the session load (minutes × RPE).")
    ExecutionViews.ExecutionResponse complete(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ExecutionViews.CompleteRequest request) {
        return executions.complete(id, request, user);
    }

    @GetMapping("/api/executions/{id}")
    @Operation(summary = "One execution with its sets (the player, their parents, the club's staff)")
    ExecutionViews.ExecutionResponse get(CurrentUser user, @PathVariable UUID id) {
        return executions.get(id, user);
    }

    @GetMapping("/api/players/{playerId}/executions")
    @Operation(summary = "A player's executions, newest first (the player, their parents, the club's staff)")
    List<ExecutionViews.ExecutionResponse> ofPlayer(CurrentUser user, @PathVariable UUID playerId) {
        return executions.ofPlayer(playerId, user);
    }
}
