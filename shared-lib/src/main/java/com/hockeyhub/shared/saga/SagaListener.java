package com.hockeyhub.shared.saga;

/**
 * Hooks on the saga lifecycle, called after the corresponding state change has committed. Every bean implementing it
 * is registered with the engine. An exception thrown by a listener is logged and does not affect the saga.
 */
public interface SagaListener {

    default void onStarted(SagaEvent event) {
    }

    default void onStepSucceeded(SagaStepEvent event) {
    }

    /** A failed, timed-out or rejected attempt (of an action or a compensation). */
    default void onStepFailed(SagaStepEvent event) {
    }

    default void onCompensating(SagaEvent event) {
    }

    default void onCompleted(SagaEvent event) {
    }

    default void onCompensated(SagaEvent event) {
    }

    default void onFailed(SagaEvent event) {
    }
}
