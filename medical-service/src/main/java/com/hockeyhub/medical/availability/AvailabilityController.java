package com.hockeyhub.medical.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.access.AccessLevel;
import com.hockeyhub.medical.access.MedicalAccessAudit;
import com.hockeyhub.medical.access.MedicalAccessPolicy;
import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.access.PlayerAccess;
import com.hockeyhub.medical.access.TeamAccess;
import com.hockeyhub.medical.availability.AvailabilityResponses.Full;
import com.hockeyhub.medical.availability.AvailabilityResponses.StatusView;
import com.hockeyhub.medical.availability.AvailabilityResponses.TeamView;
import com.hockeyhub.medical.injury.InjuryService;
import com.hockeyhub.medical.roster.PlayerRef;
import com.hockeyhub.medical.roster.RosterService;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/availability")
@Tag(name = "Availability", description = "One current status per player; coaching staff and admins see the status "
        + "only, medical staff, the player and parents also the reason")
class AvailabilityController {

    private final AvailabilityService availability;
    private final InjuryService injuries;
    private final MedicalAccessPolicy policy;
    private final MedicalAccessAudit audit;
    private final RosterService roster;
    private final Clock clock;

    AvailabilityController(AvailabilityService availability, InjuryService injuries, MedicalAccessPolicy policy,
            MedicalAccessAudit audit, RosterService roster, Clock clock) {
        this.availability = availability;
        this.injuries = injuries;
        this.policy = policy;
        this.audit = audit;
        this.roster = roster;
        this.clock = clock;
    }

    @GetMapping("/teams/{teamId}")
    @Transactional
    @Operation(summary = "A team's current availability with counts per status",
            description = "Medical staff and club admins (any team of the club); coaches, assistant coaches and "
                    + "physical trainers (their teams).")
    TeamView team(CurrentUser user, @PathVariable UUID teamId) {
        TeamAccess team = policy.requireTeamAvailability(user, teamId);
        List<UUID> players = roster.teamPlayers(teamId, team.organizationId());
        Map<UUID, PlayerAvailability> current = availability.currentOf(players);
        List<StatusView> views = players.stream().map(p -> current.containsKey(p) ? StatusView.of(current.get(p))
                : StatusView.defaultFor(p)).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AvailabilityStatus status : AvailabilityStatus.values()) {
            counts.put(status.value(), 0L);
        }
        views.forEach(v -> counts.merge(v.status().value(), 1L, Long::sum));
        audit.teamRead(user, team, MedicalResource.TEAM_AVAILABILITY, AccessLevel.AVAILABILITY);
        return new TeamView(teamId, players.size(), counts, views);
    }

    @GetMapping("/players/{playerId}")
    @Transactional
    @Operation(summary = "A player's current availability (status only for coaching staff and admins)")
    @ApiResponse(responseCode = "200", description = "Full record for medical staff, the player and parents; status "
            + "only for everyone else", content = @Content(schema = @Schema(oneOf = {Full.class, StatusView.class})))
    Object current(CurrentUser user, @PathVariable UUID playerId) {
        PlayerAccess access = policy.requireAvailability(user, playerId);
        var current = availability.current(playerId);
        audit.playerRead(user, access, MedicalResource.AVAILABILITY, current.map(PlayerAvailability::getId).orElse(null));
        if (access.full()) {
            return current.map(Full::of).orElseGet(() -> Full.defaultFor(playerId));
        }
        return current.map(StatusView::of).orElseGet(() -> StatusView.defaultFor(playerId));
    }

    @GetMapping("/players/{playerId}/history")
    @Transactional
    @Operation(summary = "A player's availability history, newest first",
            description = "Items are full records for medical staff, the player and parents; status only otherwise.")
    PageResponse<?> history(CurrentUser user, @PathVariable UUID playerId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PlayerAccess access = policy.requireAvailability(user, playerId);
        var rows = availability.history(playerId, Paging.pageable(page, size, null, Set.of(),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        audit.playerRead(user, access, MedicalResource.AVAILABILITY_HISTORY, null);
        return access.full() ? PageResponse.of(rows, Full::of) : PageResponse.of(rows, StatusView::of);
    }

    @PutMapping("/players/{playerId}")
    @Transactional
    @Operation(summary = "Set a player's current status (medical staff)",
            description = "Publishes medical.player.status.changed. A player with an open injury that requires "
                    + "clearance cannot be set available here: recover the injury (with clearance) instead.")
    Full set(CurrentUser user, @PathVariable UUID playerId, @Valid @RequestBody SetAvailabilityRequest request) {
        PlayerRef player = policy.requireMedicalStaffFor(user, playerId);
        LocalDate effective = request.effectiveDate() != null ? request.effectiveDate() : LocalDate.now(clock);
        if (request.expectedReturn() != null && request.expectedReturn().isBefore(effective)) {
            throw new InvalidRequestException("expectedReturn", "must not be before effectiveDate");
        }
        if (request.status().canPlay()
                && injuries.openInjuries(playerId).stream().anyMatch(i -> i.isClearanceRequired())) {
            throw new BusinessRuleException("The player has an open injury that requires clearance; recover it "
                    + "with clearance first");
        }
        return Full.of(availability.change(player, new AvailabilityChange(request.status(), effective,
                request.expectedReturn(), Boolean.TRUE.equals(request.clearanceRequired()), request.loadMultiplier(),
                request.reason(), AvailabilitySource.MANUAL, null)));
    }
}
