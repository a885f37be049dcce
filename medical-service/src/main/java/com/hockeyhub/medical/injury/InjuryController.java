package com.hockeyhub.medical.injury;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.injury.InjuryRequests.RecoverInjury;
import com.hockeyhub.medical.injury.InjuryRequests.ReportInjury;
import com.hockeyhub.medical.injury.InjuryRequests.UpdateInjury;
import com.hockeyhub.medical.support.TextEnums;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/injuries")
@Tag(name = "Injuries", description = "Injury records: medical staff write; medical staff, the player and their "
        + "parents read. Coaches and admins see availability instead.")
class InjuryController {

    private static final Set<String> SORTABLE = Set.of("injuryDate", "severity", "createdAt", "expectedReturn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "injuryDate").and(Sort.by("id"));

    private final InjuryService injuries;

    InjuryController(InjuryService injuries) {
        this.injuries = injuries;
    }

    @PostMapping
    @Operation(summary = "Report an injury (medical staff)",
            description = "The player becomes injured; publishes medical.injury.reported and medical.player.status.changed.")
    ResponseEntity<InjuryResponse> report(CurrentUser user, @Valid @RequestBody ReportInjury request) {
        Injury injury = injuries.report(user, request);
        return ResponseEntity.created(URI.create("/api/injuries/" + injury.getId())).body(InjuryResponse.of(injury));
    }

    @GetMapping
    @Operation(summary = "A player's injury history (full access to the player required)")
    PageResponse<InjuryResponse> history(CurrentUser user, @RequestParam(required = false) UUID playerId,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        if (playerId == null) {
            throw new InvalidRequestException("playerId", "is required");
        }
        return PageResponse.of(injuries.history(user, playerId, TextEnums.param(InjuryStatus.class, "status", status),
                Paging.pageable(page, size, sort, SORTABLE, DEFAULT_SORT)), InjuryResponse::of);
    }

    @GetMapping("/active")
    @Operation(summary = "Open (active or recovering) injuries of the club or of one team (medical staff)")
    PageResponse<InjuryResponse> active(CurrentUser user, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(injuries.open(user, teamId, Paging.pageable(page, size, sort, SORTABLE, DEFAULT_SORT)),
                InjuryResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One injury (full access to the player required)")
    InjuryResponse get(CurrentUser user, @PathVariable UUID id) {
        return InjuryResponse.of(injuries.read(user, id, MedicalResource.INJURY).injury());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an injury (medical staff; send the version last read)")
    InjuryResponse update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody UpdateInjury request) {
        return InjuryResponse.of(injuries.update(user, id, request));
    }

    @PostMapping("/{id}/recover")
    @Operation(summary = "Recover an injury (medical staff)",
            description = "Needs clearance when the injury requires it; the player becomes available when no other "
                    + "injury is open. 409 if already recovered.")
    InjuryResponse recover(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) RecoverInjury request) {
        return InjuryResponse.of(injuries.recover(user, id,
                request != null ? request : new RecoverInjury(null, null, null)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an injury entered in error (medical staff; kept in the database)")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        injuries.delete(user, id);
        return ResponseEntity.noContent().build();
    }
}
