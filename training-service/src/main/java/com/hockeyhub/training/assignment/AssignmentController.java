package com.hockeyhub.training.assignment;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assignments", description = "Sessions given to players, and what they did")
class AssignmentController {

    private final AssignmentService assignments;

    AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @PostMapping("/api/sessions/{id}/assignments")
    @Operation(summary = "Assign the session in one batch: to its whole team, a position group, or listed players",
            description = "Body optional: {\"position\":\"defense\"} for a position group of the team, "
                    + "{\"playerIds\":[...]} for players of the club (404 for a player the club does not have). "
                    + "Players medical-service keeps from training are left out (with the reason); players under "
                    + "load management get their share of the load. Conflicts are reported and never duplicated: "
                    + "players who have the session already (also counted in alreadyAssigned) or another session at "
                    + "that time. A whole-team or position-group assignment also reaches players who join the team "
                    + "before the session begins (team.member.added); leaving the team takes it away again.")
    AssignmentViews.TeamAssignment assign(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) AssignmentViews.AssignRequest request) {
        return assignments.assign(id, request == null ? new AssignmentViews.AssignRequest(null, null) : request,
                user);
    }

    @PostMapping("/api/templates/{id}/assign")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give a template straight to players of the club (trainers and club admins; coaches for "
            + "their teams' players)",
            description = "One session from the template per team the players play on, at startsAt, assigned to "
                    + "the listed players only (they keep it if they leave the team). 404 for a template the caller "
                    + "may not see or a player the club does not have; 422 for a player on no team of the club; "
                    + "403 for a coach naming another team's player. Medical restrictions apply as for a team.")
    AssignmentViews.TemplateAssignment assignTemplate(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody AssignmentViews.TemplateAssignRequest request) {
        return assignments.assignTemplate(id, request, user);
    }

    @PutMapping("/api/assignments/{id}/load")
    @Operation(summary = "Set a player's load modifier on an open assignment (the session's planners)")
    AssignmentViews.AssignmentResponse modifyLoad(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody AssignmentViews.LoadModifier request) {
        return assignments.modifyLoad(id, request.loadMultiplier(), user);
    }

    @GetMapping("/api/sessions/{id}/assignments")
    @Operation(summary = "The session's assignments (its planners)")
    List<AssignmentViews.AssignmentResponse> ofSession(CurrentUser user, @PathVariable UUID id) {
        return assignments.ofSession(id, user);
    }

    @PostMapping("/api/assignments/{id}/execution")
    @Operation(summary = "Record the completed workout (the player, or their coaches and trainers); once only",
            description = "Publishes training.workout.completed with the session load (minutes × RPE).")
    AssignmentViews.AssignmentResponse complete(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody AssignmentViews.Execution execution) {
        return assignments.complete(id, execution, user);
    }

    @GetMapping("/api/players/{playerId}/assignments")
    @Operation(summary = "A player's assignments of any status, newest first, at most 200 (the player, their "
            + "parents, the club's staff)")
    List<AssignmentViews.AssignmentResponse> ofPlayer(CurrentUser user, @PathVariable UUID playerId) {
        return assignments.ofPlayer(playerId, user);
    }

    @GetMapping("/api/players/{playerId}/upcoming-sessions")
    @Operation(summary = "A player's sessions of the next days (the player, their parents, the club's staff)")
    AssignmentViews.Upcoming upcoming(CurrentUser user, @PathVariable UUID playerId) {
        return assignments.upcoming(playerId, user);
    }
}
