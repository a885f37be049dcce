package com.hockeyhub.medical.availability;

import java.util.UUID;

/**
 * Whether a player has an open injury that needs clearance before they may play. Injuries answer it (they depend on
 * availability, never the other way round).
 */
public interface ClearancePending {

    boolean awaitsClearance(UUID playerId);
}
