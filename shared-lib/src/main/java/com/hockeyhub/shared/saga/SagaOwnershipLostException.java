package com.hockeyhub.shared.saga;

import java.util.UUID;

/**
 * The saga's row changed under this engine (its lease expired and another instance claimed it): the current
 * step's transaction is rolled back and this engine stops working on the saga.
 */
public class SagaOwnershipLostException extends RuntimeException {

    public SagaOwnershipLostException(UUID sagaId) {
        super("Saga " + sagaId + " is now owned by another engine instance");
    }
}
