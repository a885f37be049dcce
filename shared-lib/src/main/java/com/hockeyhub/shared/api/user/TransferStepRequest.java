package com.hockeyhub.shared.api.user;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * What user-service's PlayerTransferSaga tells a participant about one transfer (training-service
 * {@code POST /api/assignments/transfers}, calendar-service {@code POST /api/participants/transfers},
 * communication-service {@code POST /api/notifications/transfers}; service token and {@code Idempotency-Key}).
 * {@code transferId} is the saga id: a participant remembers what it did under it, so the compensation
 * {@code POST .../transfers/{transferId}/revert} can undo exactly that (and is a no-op for an unknown id).
 * Within one club {@code toOrganizationId} equals {@code organizationId}.
 */
public record TransferStepRequest(
        @NotNull UUID transferId,
        @NotNull UUID organizationId,
        @NotNull UUID playerId,
        @NotNull UUID fromTeamId,
        @NotNull UUID toTeamId,
        @NotNull UUID toOrganizationId) {
}
