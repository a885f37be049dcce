package com.hockeyhub.medical.overview;

import java.util.UUID;

import com.hockeyhub.medical.overview.PlayerOverviewService.MedicalOverview;
import com.hockeyhub.medical.overview.PlayerOverviewService.Restrictions;
import com.hockeyhub.shared.api.medical.TransferClearanceDto;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Player overview", description = "A player's medical overview, and training restrictions without "
        + "medical detail")
class OverviewController {

    private final PlayerOverviewService overviews;

    OverviewController(PlayerOverviewService overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/api/players/{playerId}/medical-overview")
    @Operation(summary = "A player's medical overview (medical staff, the player, their parents)",
            description = "Current availability, open injuries, latest wellness, return to play and risk flags.")
    MedicalOverview overview(CurrentUser user, @PathVariable UUID playerId) {
        return overviews.overview(user, playerId);
    }

    @GetMapping("/api/players/{playerId}/transfer-clearance")
    @Operation(summary = "Clearance check of the player-transfer saga",
            description = "Not cleared while the player has an open severe injury (severity 4 or 5). For service "
                    + "tokens and anyone who may see the player's availability; no medical text. The blocker names "
                    + "the reason (active_severe_injury) only to service tokens and those with the full record; "
                    + "others read medical_clearance_required.")
    TransferClearanceDto transferClearance(CurrentUser user, @PathVariable UUID playerId) {
        return overviews.transferClearance(user, playerId);
    }

    @GetMapping("/api/players/{playerId}/restrictions")
    @Operation(summary = "A player's training restrictions (anyone who may see the player's availability)",
            description = "Status, load multiplier, whether the player may train, play and take contact. Never "
                    + "diagnoses or notes.")
    Restrictions restrictions(CurrentUser user, @PathVariable UUID playerId) {
        return overviews.restrictions(user, playerId);
    }
}
