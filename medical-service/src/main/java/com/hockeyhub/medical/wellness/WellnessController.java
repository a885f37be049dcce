package com.hockeyhub.medical.wellness;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.wellness.WellnessService.Submitted;
import com.hockeyhub.medical.wellness.WellnessService.TeamAverages;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Wellness", description = "Daily check-ins: the player, their parents and medical staff")
class WellnessController {

    private static final Set<String> SORTABLE = Set.of("entryDate");

    private final WellnessService wellness;

    WellnessController(WellnessService wellness) {
        this.wellness = wellness;
    }

    @PostMapping("/api/players/{playerId}/wellness")
    @Operation(summary = "Submit today's (or an earlier day's) check-in",
            description = "One per player and day: a second submit for the same day replaces the first (200 instead "
                    + "of 201). Two or more red flags put an available player on load management.")
    ResponseEntity<WellnessResponse> submit(CurrentUser user, @PathVariable UUID playerId,
            @Valid @RequestBody WellnessRequest request) {
        Submitted submitted = wellness.submit(user, playerId, request);
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(WellnessResponse.of(submitted.entry()));
    }

    @GetMapping("/api/players/{playerId}/wellness")
    @Operation(summary = "Check-in history (default: the last 30 days)")
    PageResponse<WellnessResponse> history(CurrentUser user, @PathVariable UUID playerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(wellness.history(user, playerId, from, to, Paging.pageable(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "entryDate"))), WellnessResponse::of);
    }

    @GetMapping("/api/players/{playerId}/wellness/latest")
    @Operation(summary = "The latest check-in (404 when the player has none)")
    WellnessResponse latest(CurrentUser user, @PathVariable UUID playerId) {
        return wellness.latest(user, playerId).map(WellnessResponse::of)
                .orElseThrow(() -> new NotFoundException("No wellness check-in recorded for player " + playerId));
    }

    @GetMapping("/api/teams/{teamId}/wellness/averages")
    @Operation(summary = "A team's averages per day (default: the last 7 days)",
            description = "Medical staff; coaches, assistant coaches and physical trainers of the team (days with "
                    + "fewer than 3 check-ins show counts only).")
    TeamAverages teamAverages(CurrentUser user, @PathVariable UUID teamId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return wellness.teamAverages(user, teamId, from, to);
    }
}
