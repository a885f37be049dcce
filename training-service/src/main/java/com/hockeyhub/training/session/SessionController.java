package com.hockeyhub.training.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sessions", description = "Teams' workout sessions: scheduled → active → completed, or cancelled")
class SessionController {

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/api/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a session for a team (trainers and club admins; coaches for their teams)",
            description = "From a template (its exercises copied unless exercises are given) or with exercises.")
    SessionResponse create(CurrentUser user, @Valid @RequestBody SessionRequest request) {
        return sessions.create(request, user);
    }

    @GetMapping("/api/sessions/{id}")
    @Operation(summary = "One session (the club's staff, the team's members, their parents)")
    SessionResponse get(CurrentUser user, @PathVariable UUID id) {
        return sessions.get(id, user);
    }

    @GetMapping("/api/teams/{teamId}/sessions")
    @Operation(summary = "A team's sessions in a time range (default: the next 14 days; at most 92 days)")
    List<SessionResponse> ofTeam(CurrentUser user, @PathVariable UUID teamId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return sessions.ofTeam(teamId, from, to, user);
    }

    @PutMapping("/api/sessions/{id}")
    @Operation(summary = "Change a scheduled session (409 once it began); exercises replaced when given",
            description = "Its players' upcoming sessions show the change at once. The team does not change. A new "
                    + "time at which one of its players has another session is refused (409, naming them), as "
                    + "assigning never double-books a player.")
    SessionResponse update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody SessionRequest request) {
        return sessions.update(id, request, user);
    }

    @DeleteMapping("/api/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a scheduled session nobody was assigned to (409 otherwise: cancel it instead)")
    void delete(CurrentUser user, @PathVariable UUID id) {
        sessions.delete(id, user);
    }

    @PostMapping("/api/sessions/{id}/start")
    @Operation(summary = "A scheduled session begins (409 from any other status)")
    SessionResponse start(CurrentUser user, @PathVariable UUID id) {
        return sessions.start(id, user);
    }

    @PostMapping("/api/sessions/{id}/complete")
    @Operation(summary = "An active session ends (409 from any other status)")
    SessionResponse complete(CurrentUser user, @PathVariable UUID id) {
        return sessions.complete(id, user);
    }

    @PostMapping("/api/sessions/{id}/cancel")
    @Operation(summary = "Cancel a session that has not completed; its open assignments are cancelled")
    SessionResponse cancel(CurrentUser user, @PathVariable UUID id) {
        return sessions.cancel(id, user);
    }
}
