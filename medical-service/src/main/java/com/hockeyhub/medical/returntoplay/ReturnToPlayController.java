package com.hockeyhub.medical.returntoplay;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.medical.returntoplay.ReturnToPlayService.ProtocolView;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Return to play", description = "Phased return after an injury: rest, light activity, sport specific, "
        + "non-contact, full contact, game ready; clearance decides availability")
class ReturnToPlayController {

    private final ReturnToPlayService service;

    ReturnToPlayController(ReturnToPlayService service) {
        this.service = service;
    }

    record StartProtocol(@PastOrPresent LocalDate startedOn, @Size(max = 2000) String notes) {
    }

    record Advance(@NotNull Phase toPhase, @Size(max = 10) List<@NotNull @Size(max = 60) String> criteriaMet,
                   @Size(max = 2000) String assessment) {
    }

    record Clearance(@NotNull ClearanceLevel level, @Size(max = 2000) String notes) {
    }

    record PhaseResponse(Phase phase, LocalDate enteredOn, LocalDate completedOn, List<String> criteriaMet,
                         String assessment, UUID assessedBy) {

        static PhaseResponse of(PhaseRecord r) {
            return new PhaseResponse(r.getPhase(), r.getEnteredOn(), r.getCompletedOn(), r.criteriaMetList(),
                    r.getAssessment(), r.getAssessedBy());
        }
    }

    record ProtocolResponse(UUID id, UUID injuryId, UUID playerId, Phase currentPhase, ProtocolStatus status,
                            ClearanceLevel clearanceLevel, LocalDate startedOn, LocalDate completedOn, String notes,
                            Phase nextPhase, List<String> criteriaToAdvance, List<PhaseResponse> phases,
                            long version) {

        static ProtocolResponse of(ProtocolView view) {
            ReturnToPlayProtocol p = view.protocol();
            return new ProtocolResponse(p.getId(), p.getInjuryId(), p.getPlayerId(), p.getCurrentPhase(),
                    p.getStatus(), p.getClearanceLevel(), p.getStartedOn(), p.getCompletedOn(), p.getNotes(),
                    p.isInProgress() ? p.getCurrentPhase().next() : null,
                    p.isInProgress() ? p.getCurrentPhase().exitCriteria() : List.of(),
                    view.phases().stream().map(PhaseResponse::of).toList(), p.getVersion());
        }
    }

    @PostMapping("/api/injuries/{injuryId}/return-to-play")
    @Operation(summary = "Start the return-to-play protocol of an injury (medical staff)",
            description = "Starts at phase rest; the injury becomes recovering. One protocol per injury (409).")
    ResponseEntity<ProtocolResponse> start(CurrentUser user, @PathVariable UUID injuryId,
            @Valid @RequestBody(required = false) StartProtocol request) {
        StartProtocol body = request != null ? request : new StartProtocol(null, null);
        ProtocolView view = service.start(user, injuryId, body.startedOn(), body.notes());
        return ResponseEntity.created(URI.create("/api/return-to-play/" + view.protocol().getId()))
                .body(ProtocolResponse.of(view));
    }

    @GetMapping("/api/injuries/{injuryId}/return-to-play")
    @Operation(summary = "The protocol of an injury (full access to the player required)")
    ProtocolResponse byInjury(CurrentUser user, @PathVariable UUID injuryId) {
        return ProtocolResponse.of(service.readByInjury(user, injuryId));
    }

    @GetMapping("/api/return-to-play/{id}")
    @Operation(summary = "A protocol with its phase log (full access to the player required)")
    ProtocolResponse get(CurrentUser user, @PathVariable UUID id) {
        return ProtocolResponse.of(service.read(user, id));
    }

    @PostMapping("/api/return-to-play/{id}/advance")
    @Operation(summary = "Advance to the next phase (medical staff)",
            description = "toPhase must be the next phase (422 otherwise); criteriaMet must list every criterion of "
                    + "the current phase (see criteriaToAdvance).")
    ProtocolResponse advance(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Advance request) {
        return ProtocolResponse.of(service.advance(user, id, request.toPhase(), request.criteriaMet(),
                request.assessment()));
    }

    @PostMapping("/api/return-to-play/{id}/clearance")
    @Operation(summary = "Give clearance (medical staff)",
            description = "restricted (from non_contact): load management; full (at game_ready): protocol completed, "
                    + "injury recovered, player available when nothing else is open.")
    ProtocolResponse clearance(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Clearance request) {
        return ProtocolResponse.of(service.clear(user, id, request.level(), request.notes()));
    }
}
