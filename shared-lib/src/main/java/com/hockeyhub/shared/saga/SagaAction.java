package com.hockeyhub.shared.saga;

/**
 * A step's action or compensation. Throw {@link SagaBusinessException} for a business refusal; any other exception
 * is a technical failure (retried). Local steps run inside the transaction that also records the step's
 * completion, so their database effects and the saga state commit together.
 */
@FunctionalInterface
public interface SagaAction<D> {

    void execute(SagaContext<D> context) throws Exception;
}
