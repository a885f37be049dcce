package com.hockeyhub.communication.sagastep;

import com.hockeyhub.communication.access.CommunicationAccessPolicy;
import com.hockeyhub.shared.api.communication.WelcomeDto;
import com.hockeyhub.shared.api.communication.WelcomeRequest;
import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Saga steps", description = "The last steps of user-service's onboarding and transfer sagas (service "
        + "token or super admin; Idempotency-Key required: the saga step's key)")
class SagaStepController {

    private final SagaSteps steps;
    private final CommunicationAccessPolicy policy;

    SagaStepController(SagaSteps steps, CommunicationAccessPolicy policy) {
        this.steps = steps;
        this.policy = policy;
    }

    @PostMapping("/api/onboarding/welcome")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Welcome a new club: its club-wide conversation and a notification to its admin")
    WelcomeDto welcome(CurrentUser user, IdempotencyKey key, @Valid @RequestBody WelcomeRequest request) {
        policy.requirePlatform(user);
        return steps.welcome(key, request);
    }

    @PostMapping("/api/notifications/transfers")
    @Operation(summary = "Tell a transferred player, their parents and both teams' staff")
    TransferStepResult transferNotice(CurrentUser user, IdempotencyKey key,
            @Valid @RequestBody TransferStepRequest request) {
        policy.requirePlatform(user);
        return steps.transferNotice(key, request);
    }
}
