package com.hockeyhub.payment.subscription;

import java.util.UUID;

import com.hockeyhub.payment.access.PaymentAccessPolicy;
import com.hockeyhub.shared.api.payment.StartTrialRequest;
import com.hockeyhub.shared.api.payment.SubscriptionDto;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/subscriptions/trials")
@Tag(name = "Onboarding saga", description = "Participant steps of user-service's CreateOrganizationSaga (service "
        + "token or super admin; Idempotency-Key required: the saga step's key)")
class TrialController {

    private final TrialParticipant trials;
    private final PaymentAccessPolicy policy;

    TrialController(TrialParticipant trials, PaymentAccessPolicy policy) {
        this.trials = trials;
        this.policy = policy;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start the trial subscription of a new club",
            description = "Creates the club's trial once; a repeat with the same key returns the first answer, and a "
                    + "club that already has a subscription (e.g. from organization.created) keeps it.")
    SubscriptionDto start(CurrentUser user, IdempotencyKey key, @Valid @RequestBody StartTrialRequest request) {
        policy.requirePlatform(user);
        return trials.start(key, request);
    }

    @PostMapping("/{organizationId}/cancel")
    @Operation(summary = "Compensation: cancel the club's trial",
            description = "A trialing subscription becomes cancelled; any other state is left as it is.")
    SubscriptionDto cancel(CurrentUser user, IdempotencyKey key, @PathVariable UUID organizationId) {
        policy.requirePlatform(user);
        return trials.cancel(key, organizationId);
    }
}
