package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.client.RemoteClientErrorException;

/**
 * A participant that answers a saga step with a client error (4xx other than 408 and 429) has refused it: that is a
 * business failure (compensate now), not an outage to retry.
 */
public final class RemoteRefusal {

    private RemoteRefusal() {
    }

    public static <D> SagaAction<D> asBusinessFailure(SagaAction<D> action) {
        return context -> {
            try {
                action.execute(context);
            } catch (RemoteClientErrorException e) {
                if (e.status() == 408 || e.status() == 429) {
                    throw e;
                }
                throw new SagaBusinessException(e.getMessage(), e);
            }
        };
    }
}
