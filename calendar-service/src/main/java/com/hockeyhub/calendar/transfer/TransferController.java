package com.hockeyhub.calendar.transfer;

import java.util.UUID;

import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ForbiddenException;
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

    private final ParticipationTransfers transfers;

    TransferController(ParticipationTransfers transfers) {
        this.transfers = transfers;
    }

    @PostMapping("/api/participants/transfers")
    @Operation(summary = "Move a transferred player's participation in upcoming team events",
            description = "Out of the old team's upcoming events, invited to the new team's.")
    TransferStepResult move(CurrentUser user, IdempotencyKey key, @Valid @RequestBody TransferStepRequest request) {
        requirePlatform(user);
        return transfers.move(key, request);
    }

    @PostMapping("/api/participants/transfers/{transferId}/revert")
    @Operation(summary = "Compensation: the player back in the old team's upcoming events, out of the new team's")
    TransferStepResult revert(CurrentUser user, IdempotencyKey key, @PathVariable UUID transferId) {
        requirePlatform(user);
        return transfers.revert(key, transferId);
    }

    private static void requirePlatform(CurrentUser user) {
        if (!user.isPlatformWide()) {
            throw new ForbiddenException("Only the platform (service token or super admin) may do this");
        }
    }
}
