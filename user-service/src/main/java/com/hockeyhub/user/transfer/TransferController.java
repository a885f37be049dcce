package com.hockeyhub.user.transfer;

import java.net.URI;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Player transfers", description = "A player moves between teams of the club, as a saga across the suite")
class TransferController {

    private final TransferService transfers;

    TransferController(TransferService transfers) {
        this.transfers = transfers;
    }

    @PostMapping("/api/transfers")
    @Operation(summary = "Transfer a player between two teams of the club (club admins): 202 with the saga",
            description = "Refused by the saga, with the reason, when medical clearance is missing; 409 when the "
                    + "jersey is taken on the new team or another transfer of the player is under way.")
    ResponseEntity<TransferService.Started> transfer(CurrentUser user, @Valid @RequestBody TransferRequest request) {
        TransferService.Started started = transfers.start(request, user);
        return ResponseEntity.accepted().location(URI.create("/api/sagas/" + started.sagaId())).body(started);
    }
}
