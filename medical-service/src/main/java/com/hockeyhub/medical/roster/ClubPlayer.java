package com.hockeyhub.medical.roster;

import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A player known to this service (from user-service's team events), and the club they belong to. */
@Entity
@Table(name = "club_players")
public class ClubPlayer extends BaseEntity {

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    protected ClubPlayer() {
    }

    public ClubPlayer(UUID playerId, UUID organizationId) {
        this.playerId = playerId;
        this.organizationId = organizationId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    void moveTo(UUID organization) {
        this.organizationId = organization;
    }
}
