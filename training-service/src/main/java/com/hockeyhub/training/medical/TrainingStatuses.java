package com.hockeyhub.training.medical;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.api.medical.MedicalEvents.PlayerStatusChanged;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * medical-service's word on each player, kept from {@code medical.player.status.changed} (never by reading
 * medical's database): the share of the normal load a player may train with — 1.0 normal, less under load
 * management, 0 not at all (injured, ill). Events may arrive out of order: the newest one wins.
 */
@Component
public class TrainingStatuses {

    /** A player's training availability; players medical never mentioned train normally. */
    public record Status(String status, BigDecimal loadMultiplier) {

        static final Status NORMAL = new Status("available", BigDecimal.ONE);

        public boolean mayTrain() {
            return loadMultiplier.signum() > 0;
        }
    }

    private final JdbcTemplate jdbc;

    TrainingStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler(type = EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, name = "medical-status")
    void changed(PlayerStatusChanged change, EventEnvelope envelope) {
        Instant at = envelope.occurredAt() == null ? Instant.now() : envelope.occurredAt();
        record(change.playerId(), change.organizationId(), change.status(),
                BigDecimal.valueOf(change.loadMultiplier()), change.expectedReturn(), at);
    }

    public void record(UUID playerId, UUID organizationId, String status, BigDecimal multiplier,
            java.time.LocalDate expectedReturn, Instant at) {
        jdbc.update("""
                INSERT INTO player_training_status (player_id, organization_id, status, load_multiplier,
                                                    expected_return, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (player_id) DO UPDATE SET status = excluded.status,
                    load_multiplier = excluded.load_multiplier, expected_return = excluded.expected_return,
                    changed_at = excluded.changed_at
                WHERE player_training_status.changed_at <= excluded.changed_at""",
                playerId, organizationId, status, multiplier.max(BigDecimal.ZERO).min(BigDecimal.ONE),
                expectedReturn, Timestamp.from(at));
    }

    public Map<UUID, Status> of(Collection<UUID> players) {
        Map<UUID, Status> statuses = new HashMap<>();
        players.forEach(p -> statuses.put(p, Status.NORMAL));
        if (!players.isEmpty()) {
            jdbc.query("SELECT player_id, status, load_multiplier FROM player_training_status "
                    + "WHERE player_id = ANY (?)", rs -> {
                statuses.put(rs.getObject("player_id", UUID.class),
                        new Status(rs.getString("status"), rs.getBigDecimal("load_multiplier")));
            }, (Object) players.toArray(UUID[]::new));
        }
        return statuses;
    }
}
