package com.hockeyhub.training.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.idempotency.IdempotencyStore;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.training.assignment.Assignment;
import com.hockeyhub.training.assignment.AssignmentRepository;
import com.hockeyhub.training.assignment.AssignmentService;
import com.hockeyhub.training.medical.TrainingStatuses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * training-service's part in user-service's PlayerTransferSaga: the player's open assignments with the old team are
 * cancelled, and the new team's upcoming sessions that were given to the team (or the player's position group) get
 * the player too. What the step did
 * is kept under the transfer (saga) id, so the compensation undoes exactly that; both are idempotent by key.
 */
@Service
class AssignmentTransfers {

    static final String MOVE = "assignments.transfer";
    static final String REVERT = "assignments.transfer-revert";
    private static final String ADDED = "none";

    private final AssignmentService assignments;
    private final AssignmentRepository repository;
    private final TrainingStatuses statuses;
    private final IdempotencyStore idempotency;
    private final JdbcTemplate jdbc;
    private final CacheTagInvalidator invalidator;

    AssignmentTransfers(AssignmentService assignments, AssignmentRepository repository, TrainingStatuses statuses,
            IdempotencyStore idempotency, JdbcTemplate jdbc,
            CacheTagInvalidator invalidator) {
        this.assignments = assignments;
        this.repository = repository;
        this.statuses = statuses;
        this.idempotency = idempotency;
        this.jdbc = jdbc;
        this.invalidator = invalidator;
    }

    TransferStepResult move(IdempotencyKey key, TransferStepRequest request) {
        requireKey(key);
        return idempotency.execute(MOVE, key, request, TransferStepResult.class, () -> doMove(request));
    }

    TransferStepResult revert(IdempotencyKey key, UUID transferId) {
        requireKey(key);
        return idempotency.execute(REVERT, key, transferId, TransferStepResult.class, () -> doRevert(transferId));
    }

    /** Runs in the idempotency store's transaction, with the step's key claimed. */
    private TransferStepResult doMove(TransferStepRequest request) {
        if (request.fromTeamId().equals(request.toTeamId())) {
            throw new InvalidRequestException("toTeamId", "must differ from fromTeamId");
        }
        int cancelled = 0;
        for (Assignment open : assignments.openOf(request.playerId(), request.fromTeamId())) {
            open.cancel();
            repository.save(open);
            remember(request, open, "assigned");
            cancelled++;
        }
        List<Assignment> added = new ArrayList<>();
        TrainingStatuses.Status medical = statuses.of(List.of(request.playerId())).get(request.playerId());
        if (medical.mayTrain()) {
            for (UUID sessionId : assignments.upcomingTeamSessions(request.toOrganizationId(), request.toTeamId(),
                    request.playerId())) {
                if (assignments.playersOf(sessionId).contains(request.playerId())) {
                    continue; // the player is in already
                }
                Assignment assignment = repository.save(new Assignment(request.toOrganizationId(), sessionId,
                        request.toTeamId(), request.playerId(), medical.loadMultiplier()));
                added.add(assignment);
            }
        }
        repository.flush();
        added.forEach(a -> remember(request, a, ADDED));
        invalidator.invalidate(CacheTag.user(request.playerId()));
        return new TransferStepResult(request.transferId(), added.size(), cancelled);
    }

    private TransferStepResult doRevert(UUID transferId) {
        List<Object[]> rows = jdbc.query("SELECT assignment_id, previous_status FROM assignment_transfers "
                + "WHERE transfer_id = ? AND reverted_at IS NULL", (rs, i) -> new Object[] {
                rs.getObject(1, UUID.class), rs.getString(2)}, transferId);
        int reopened = 0;
        int removed = 0;
        UUID player = null;
        for (Object[] row : rows) {
            Assignment assignment = repository.findById((UUID) row[0]).orElse(null);
            if (assignment == null) {
                continue;
            }
            player = assignment.getPlayerId();
            if (ADDED.equals(row[1])) {
                repository.delete(assignment);
                removed++;
            } else {
                assignment.reopen();
                repository.save(assignment);
                reopened++;
            }
        }
        jdbc.update("UPDATE assignment_transfers SET reverted_at = now() WHERE transfer_id = ?", transferId);
        if (player != null) {
            invalidator.invalidate(CacheTag.user(player));
        }
        return new TransferStepResult(transferId, removed, reopened);
    }

    private void remember(TransferStepRequest request, Assignment assignment, String previous) {
        jdbc.update("INSERT INTO assignment_transfers (transfer_id, assignment_id, organization_id, previous_status) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", request.transferId(), assignment.getId(),
                assignment.getOrganizationId(), previous);
    }

    private static void requireKey(IdempotencyKey key) {
        if (key == null) {
            throw new InvalidRequestException(IdempotencyKey.HEADER, "is required (the saga step's key)");
        }
    }
}
