package com.hockeyhub.payment.seasonfee;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/season-fees")
@Tag(name = "Season fees", description = "A team's season fee billed per rostered player (club admin)")
class SeasonFeeController {

    private final SeasonFeeService fees;

    SeasonFeeController(SeasonFeeService fees) {
        this.fees = fees;
    }

    @PostMapping
    @Operation(summary = "Bill a team's season fee: one invoice per player and instalment",
            description = "Addressed to the primary-contact parent of a minor, else the player; issued at once "
                    + "(payment.invoice.issued). Instalments add up to the fee exactly. 201 when anything was issued; "
                    + "200 with nothing issued when the team and season are already billed.")
    ResponseEntity<SeasonFeeResult> bill(CurrentUser user, @Valid @RequestBody SeasonFeeRequest request) {
        SeasonFeeResult result = fees.bill(user, request);
        return ResponseEntity.status(result.invoicesIssued() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }
}
