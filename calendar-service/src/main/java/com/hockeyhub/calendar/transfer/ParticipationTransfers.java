package com.hockeyhub.calendar.transfer;

import java.util.UUID;

import com.hockeyhub.calendar.participant.ParticipantService;
import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.idempotency.IdempotencyStore;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * calendar-service's part in user-service's PlayerTransferSaga: the player leaves the old team's upcoming events and
 * is invited to the new team's (as the roster events would do, but now, inside the saga, so a refusal further on can
 * be undone). The transfer is remembered by its id, so the compensation puts the player back; both idempotent by key.
 */
@Service
class ParticipationTransfers {

    static final String MOVE = "participants.transfer";
    static final String REVERT = "participants.transfer-revert";

    private final ParticipantService participants;
    private final IdempotencyStore idempotency;
    private final JdbcTemplate jdbc;

    ParticipationTransfers(ParticipantService participants, IdempotencyStore idempotency, JdbcTemplate jdbc) {
        this.participants = participants;
        this.idempotency = idempotency;
        this.jdbc = jdbc;
    }

    TransferStepResult move(IdempotencyKey key, TransferStepRequest request) {
        requireKey(key);
        if (request.fromTeamId().equals(request.toTeamId())) {
            throw new InvalidRequestException("toTeamId", "must differ from fromTeamId");
        }
        return idempotency.execute(MOVE, key, request, TransferStepResult.class, () -> {
            int removed = participants.onTeamMemberRemoved(request.organizationId(), request.fromTeamId(),
                    request.playerId());
            int invited = participants.onTeamMemberAdded(request.toOrganizationId(), request.toTeamId(),
                    request.playerId(), false);
            jdbc.update("""
                    INSERT INTO participation_transfers (transfer_id, organization_id, to_organization_id, player_id,
                                                         from_team_id, to_team_id)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", request.transferId(),
                    request.organizationId(), request.toOrganizationId(), request.playerId(), request.fromTeamId(),
                    request.toTeamId());
            return new TransferStepResult(request.transferId(), invited, removed);
        });
    }

    TransferStepResult revert(IdempotencyKey key, UUID transferId) {
        requireKey(key);
        return idempotency.execute(REVERT, key, transferId, TransferStepResult.class, () -> {
            var rows = jdbc.queryForList("SELECT organization_id, to_organization_id, player_id, from_team_id, "
                    + "to_team_id FROM participation_transfers WHERE transfer_id = ? AND reverted_at IS NULL",
                    transferId);
            if (rows.isEmpty()) {
                return new TransferStepResult(transferId, 0, 0);
            }
            var row = rows.get(0);
            UUID player = (UUID) row.get("player_id");
            int removed = participants.onTeamMemberRemoved((UUID) row.get("to_organization_id"),
                    (UUID) row.get("to_team_id"), player);
            int invited = participants.onTeamMemberAdded((UUID) row.get("organization_id"),
                    (UUID) row.get("from_team_id"), player, false);
            jdbc.update("UPDATE participation_transfers SET reverted_at = now() WHERE transfer_id = ?", transferId);
            return new TransferStepResult(transferId, removed, invited);
        });
    }

    private static void requireKey(IdempotencyKey key) {
        if (key == null) {
            throw new InvalidRequestException(IdempotencyKey.HEADER, "is required (the saga step's key)");
        }
    }
}
