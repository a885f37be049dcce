package com.hockeyhub.training.transfer;

import java.util.UUID;

import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Transfer saga", description = "Participant step of user-service's PlayerTransferSaga (service token or "
        + "super admin; Idempotency-Key required: the saga step's key)")
class TransferController {

    private final AssignmentTransfers transfers;
    private final TrainingAccessPolicy policy;

    TransferController(AssignmentTransfers transfers, TrainingAccessPolicy policy) {
        this.transfers = transfers;
        this.policy = policy;
    }

    @PostMapping("/api/assignments/transfers")
    @Operation(summary = "Move a transferred player's open assignments",
            description = "Open assignments with the old team are cancelled; the new team's upcoming, already "
                    + "assigned sessions get the player (unless medical keeps them from training).")
    TransferStepResult move(CurrentUser user, IdempotencyKey key, @Valid @RequestBody TransferStepRequest request) {
        policy.requirePlatform(user);
        return transfers.move(key, request);
    }

    @PostMapping("/api/assignments/transfers/{transferId}/revert")
    @Operation(summary = "Compensation: undo exactly what the transfer did here (nothing for an unknown id)")
    TransferStepResult revert(CurrentUser user, IdempotencyKey key, @PathVariable UUID transferId) {
        policy.requirePlatform(user);
        return transfers.revert(key, transferId);
    }
}
