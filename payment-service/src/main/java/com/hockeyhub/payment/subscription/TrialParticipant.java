package com.hockeyhub.payment.subscription;

import java.util.UUID;

import com.hockeyhub.shared.api.payment.StartTrialRequest;
import com.hockeyhub.shared.api.payment.SubscriptionDto;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.idempotency.IdempotencyStore;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * payment-service's part in user-service's CreateOrganizationSaga: "start trial subscription" and its compensation
 * "cancel trial", both idempotent by the step's key ({@code sagaId:step}, sent as {@code Idempotency-Key}): a retried
 * step returns the first answer without acting again; the same key with another body is refused (422).
 */
@Service
public class TrialParticipant {

    static final String START = "subscriptions.start-trial";
    static final String CANCEL = "subscriptions.cancel-trial";

    private final SubscriptionService subscriptions;
    private final IdempotencyStore idempotency;

    TrialParticipant(SubscriptionService subscriptions, IdempotencyStore idempotency) {
        this.subscriptions = subscriptions;
        this.idempotency = idempotency;
    }

    public SubscriptionDto start(IdempotencyKey key, StartTrialRequest request) {
        requireKey(key);
        SubscriptionTier tier;
        try {
            tier = ApiEnums.parse(SubscriptionTier.class, request.tier());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("tier", e.getMessage());
        }
        return idempotency.execute(START, key, request, SubscriptionDto.class,
                () -> subscriptions.startTrial(request.organizationId(), tier));
    }

    public SubscriptionDto cancel(IdempotencyKey key, UUID organizationId) {
        requireKey(key);
        return idempotency.execute(CANCEL, key, organizationId, SubscriptionDto.class,
                () -> subscriptions.cancelTrial(organizationId));
    }

    private static void requireKey(IdempotencyKey key) {
        if (key == null) {
            throw new InvalidRequestException(IdempotencyKey.HEADER, "is required (the saga step's key)");
        }
    }
}
