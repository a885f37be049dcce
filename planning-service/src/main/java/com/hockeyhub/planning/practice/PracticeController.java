package com.hockeyhub.planning.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Practices", description = "Practice plans of a team: sections with drills and minutes, run live, "
        + "attendance and evaluations")
class PracticeController {

    private final PracticeService practices;

    PracticeController(PracticeService practices) {
        this.practices = practices;
    }

    @PostMapping("/api/practices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a practice (the team's coaches, club admins)",
            description = "Sections' minutes must fit durationMinutes and each section's drills its minutes; drills "
                    + "must be the club's or public and fit expectedPlayers when given (400 naming the field). "
                    + "One practice plan per calendar event (409).")
    PracticeViews.PracticeView create(CurrentUser user, @Valid @RequestBody PracticeViews.PracticeRequest request) {
        return practices.create(request, user);
    }

    @GetMapping("/api/practices/{id}")
    @Operation(summary = "A practice plan with its attendance (and evaluations for the team's planners; a player "
            + "sees their own)")
    PracticeViews.PracticeView get(CurrentUser user, @PathVariable UUID id) {
        return practices.get(id, user);
    }

    @PutMapping("/api/practices/{id}")
    @Operation(summary = "Change a planned practice (409 once started, completed or cancelled)")
    PracticeViews.PracticeView update(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody PracticeViews.PracticeRequest request) {
        return practices.update(id, request, user);
    }

    @GetMapping("/api/teams/{teamId}/practices")
    @Operation(summary = "A team's practices between two days (default: from a week ago, five weeks)")
    List<PracticeViews.PracticeView> ofTeam(CurrentUser user, @PathVariable UUID teamId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return practices.ofTeam(teamId, from, to, user);
    }

    @PostMapping("/api/practices/{id}/start")
    @Operation(summary = "Start a planned practice: its first drill becomes the current one")
    PracticeViews.LiveView start(CurrentUser user, @PathVariable UUID id) {
        return practices.start(id, user);
    }

    @GetMapping("/api/practices/{id}/live")
    @Operation(summary = "The live flow: the current drill, the next one, every drill's outcome")
    PracticeViews.LiveView live(CurrentUser user, @PathVariable UUID id) {
        return practices.live(id, user);
    }

    @PostMapping("/api/practices/{id}/next")
    @Operation(summary = "The current drill is done; the next one runs (409 when none is running)")
    PracticeViews.LiveView next(CurrentUser user, @PathVariable UUID id) {
        return practices.advance(id, false, user);
    }

    @PostMapping("/api/practices/{id}/skip")
    @Operation(summary = "Skip the current drill; the next one runs (409 when none is running)")
    PracticeViews.LiveView skip(CurrentUser user, @PathVariable UUID id) {
        return practices.advance(id, true, user);
    }

    @PostMapping("/api/practices/{id}/complete")
    @Operation(summary = "Complete a running practice (read-only afterwards); publishes planning.practice.completed")
    PracticeViews.PracticeView complete(CurrentUser user, @PathVariable UUID id) {
        return practices.complete(id, user);
    }

    @PostMapping("/api/practices/{id}/cancel")
    @Operation(summary = "Cancel a planned or running practice (409 when completed or cancelled already)")
    PracticeViews.PracticeView cancel(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) PracticeViews.CancelRequest request) {
        return practices.cancel(id, request == null ? null : request.reason(), user);
    }

    @PutMapping("/api/practices/{id}/attendance")
    @Operation(summary = "Mark players present, late or absent (only once the practice has started: 409 before)")
    PracticeViews.PracticeView attendance(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody PracticeViews.AttendanceRequest request) {
        return practices.attendance(id, request, user);
    }

    @PutMapping("/api/practices/{id}/evaluations/{playerId}")
    @Operation(summary = "Evaluate a player 1–5 (only players marked present or late: 422 otherwise)")
    PracticeViews.PracticeView evaluate(CurrentUser user, @PathVariable UUID id, @PathVariable UUID playerId,
            @Valid @RequestBody PracticeViews.EvaluationRequest request) {
        return practices.evaluate(id, playerId, request, user);
    }
}
