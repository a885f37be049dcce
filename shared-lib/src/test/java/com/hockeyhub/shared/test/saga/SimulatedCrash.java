package com.hockeyhub.shared.test.saga;

import java.util.UUID;

/**
 * Thrown (as an {@link Error}, which the engine does not swallow) by a crash listener right after a step committed:
 * the engine abandons the saga mid-flight exactly as a killed process would, leaving its lease to expire.
 */
public final class SimulatedCrash extends Error {

    private final UUID sagaId;

    SimulatedCrash(UUID sagaId, String step) {
        super("simulated crash of the engine after step '" + step + "' of saga " + sagaId + " committed", null, false,
                false);
        this.sagaId = sagaId;
    }

    public UUID sagaId() {
        return sagaId;
    }
}
