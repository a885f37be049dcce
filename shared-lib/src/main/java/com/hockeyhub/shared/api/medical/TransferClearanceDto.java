package com.hockeyhub.shared.api.medical;

import java.util.List;
import java.util.UUID;

/**
 * medical-service's answer to the player-transfer saga's clearance check ({@code GET
 * /api/players/{id}/transfer-clearance}): {@code cleared} false when the player has an active severe injury
 * (severity 4 or 5). {@code blockers} names the reasons (active_severe_injury) to service tokens and those with
 * the full record only; others read medical_clearance_required. Never a diagnosis.
 */
public record TransferClearanceDto(UUID playerId, boolean cleared, List<String> blockers) {
}
