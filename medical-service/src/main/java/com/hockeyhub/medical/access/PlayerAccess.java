package com.hockeyhub.medical.access;

import java.util.UUID;

import com.hockeyhub.medical.roster.PlayerRef;

/** A granted access: the player and the level the caller holds for them (never NONE). */
public record PlayerAccess(PlayerRef player, AccessLevel level) {

    public UUID playerId() {
        return player.playerId();
    }

    public UUID organizationId() {
        return player.organizationId();
    }

    public boolean full() {
        return level == AccessLevel.FULL;
    }
}
