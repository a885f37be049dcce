package com.hockeyhub.medical.availability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hockeyhub.medical.roster.PlayerRef;
import com.hockeyhub.medical.roster.RosterService;
import com.hockeyhub.medical.support.TextEnums;
import com.hockeyhub.shared.api.medical.MedicalEvents.PlayerStatusChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Players' availability: one current status per player (a player without any row is available), a full history,
 * and {@code medical.player.status.changed} for every change so training and calendar keep up.
 */
@Service
public class AvailabilityService {

    private final PlayerAvailabilityRepository availability;
    private final RosterService roster;
    private final EventPublisher events;
    private final AvailabilityProperties properties;

    AvailabilityService(PlayerAvailabilityRepository availability, RosterService roster, EventPublisher events,
            AvailabilityProperties properties) {
        this.availability = availability;
        this.roster = roster;
        this.events = events;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Optional<PlayerAvailability> current(UUID playerId) {
        return availability.findByPlayerIdAndCurrentTrue(playerId);
    }

    @Transactional(readOnly = true)
    public Map<UUID, PlayerAvailability> currentOf(Collection<UUID> playerIds) {
        if (playerIds.isEmpty()) {
            return Map.of();
        }
        return availability.findByPlayerIdInAndCurrentTrue(playerIds).stream()
                .collect(Collectors.toMap(PlayerAvailability::getPlayerId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Page<PlayerAvailability> history(UUID playerId, Pageable pageable) {
        return availability.findByPlayerId(playerId, pageable);
    }

    /**
     * Makes {@code change} the player's current status (unless it equals the current one): the previous row stops
     * being current, a new row is written, and the change is published.
     */
    @Transactional
    public PlayerAvailability change(PlayerRef player, AvailabilityChange change) {
        roster.lock(player.playerId());
        Optional<PlayerAvailability> previous = availability.findByPlayerIdAndCurrentTrue(player.playerId());
        BigDecimal multiplier = (change.loadMultiplier() != null ? change.loadMultiplier()
                : defaultMultiplier(change.status())).setScale(2, RoundingMode.HALF_UP);
        if (previous.isPresent() && unchanged(previous.get(), change, multiplier)) {
            return previous.get();
        }
        previous.ifPresent(p -> {
            p.supersede();
            // flushed before the insert: the partial unique index allows one current row at any moment
            availability.saveAndFlush(p);
        });
        PlayerAvailability next = availability.save(
                new PlayerAvailability(player.organizationId(), player.playerId(), change, multiplier));
        String previousStatus = previous.map(p -> p.getStatus().value()).orElse(AvailabilityStatus.AVAILABLE.value());
        events.publish(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, player.organizationId(), new PlayerStatusChanged(
                player.playerId(), player.organizationId(), TextEnums.value(change.status()), previousStatus,
                change.effectiveDate(), change.expectedReturn(), multiplier.doubleValue()));
        return next;
    }

    public BigDecimal defaultMultiplier(AvailabilityStatus status) {
        return switch (status) {
            case AVAILABLE, SUSPENDED -> BigDecimal.ONE;
            case LOAD_MANAGEMENT -> properties.getLoadManagementMultiplier();
            case INJURED, ILLNESS, PERSONAL -> BigDecimal.ZERO;
        };
    }

    private static boolean unchanged(PlayerAvailability current, AvailabilityChange change, BigDecimal multiplier) {
        return current.getStatus() == change.status()
                && Objects.equals(current.getExpectedReturn(), change.expectedReturn())
                && current.isClearanceRequired() == change.clearanceRequired()
                && current.getLoadMultiplier().compareTo(multiplier) == 0
                && Objects.equals(current.getReason(), change.reason())
                && Objects.equals(current.getInjuryId(), change.injuryId());
    }
}
