package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.client.RemoteClientErrorException;

/**
 * A participant that answers a saga step with a client error (4xx other than 408 and 429) has refused it: that is a
 * business failure (compensate now), not an outage to retry. A 409 {@code CONCURRENT_MODIFICATION} is no refusal:
 * the participant's rows changed under the call (its own event handlers at work, often on the saga's own events),
 * and the same call with the same key succeeds when retried.
 */
public final class RemoteRefusal {

    private RemoteRefusal() {
    }

    static boolean concurrentModification(RemoteClientErrorException e) {
        return e.status() == 409 && e.problem() != null && e.problem().getProperties() != null
                && ErrorCode.CONCURRENT_MODIFICATION.name().equals(e.problem().getProperties().get("code"));
    }

    public static <D> SagaAction<D> asBusinessFailure(SagaAction<D> action) {
        return context -> {
            try {
                action.execute(context);
            } catch (RemoteClientErrorException e) {
                if (e.status() == 408 || e.status() == 429 || concurrentModification(e)) {
                    throw e;
                }
                throw new SagaBusinessException(e.getMessage(), e);
            }
        };
    }
}
