package com.hockeyhub.medical.availability;

import java.util.UUID;

import com.hockeyhub.medical.availability.AvailabilityResponses.Full;
import com.hockeyhub.medical.availability.AvailabilityResponses.StatusView;
import com.hockeyhub.medical.availability.AvailabilityResponses.TeamView;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

    private final AvailabilityManagement availability;

    AvailabilityController(AvailabilityManagement availability) {
        this.availability = availability;
    }

    @GetMapping("/teams/{teamId}")
    @Operation(summary = "A team's current availability with counts per status",
            description = "Medical staff and club admins (any team of the club); coaches, assistant coaches and "
                    + "physical trainers (their teams).")
    TeamView team(CurrentUser user, @PathVariable UUID teamId) {
        return availability.team(user, teamId);
    }

    @GetMapping("/players/{playerId}")
    @Operation(summary = "A player's current availability (status only for coaching staff and admins)")
    @ApiResponse(responseCode = "200", description = "Full record for medical staff, the player and parents; status "
            + "only for everyone else", content = @Content(schema = @Schema(oneOf = {Full.class, StatusView.class})))
    Object current(CurrentUser user, @PathVariable UUID playerId) {
        return availability.current(user, playerId);
    }

    @GetMapping("/players/{playerId}/history")
    @Operation(summary = "A player's availability history, newest first",
            description = "Items are full records for medical staff, the player and parents; status only otherwise.")
    PageResponse<?> history(CurrentUser user, @PathVariable UUID playerId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return availability.history(user, playerId, page, size);
    }

    @PutMapping("/players/{playerId}")
    @Operation(summary = "Set a player's current status (medical staff)",
            description = "Publishes medical.player.status.changed. A player with an open injury that requires "
                    + "clearance cannot be set available here: recover the injury (with clearance) instead.")
    Full set(CurrentUser user, @PathVariable UUID playerId, @Valid @RequestBody SetAvailabilityRequest request) {
        return availability.set(user, playerId, request);
    }
}
