package com.hockeyhub.medical.availability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Availability as JSON. Callers with availability-only access (coaches, club admins, services) get
 * {@link StatusView}, which has no reason, source or injury link: those may reveal medical details.
 */
public final class AvailabilityResponses {

    private AvailabilityResponses() {
    }

    /** The full availability record (medical staff, the player, their parents). */
    public record Full(UUID id, UUID playerId, AvailabilityStatus status, LocalDate effectiveDate,
                       LocalDate expectedReturn, boolean clearanceRequired, BigDecimal loadMultiplier, String reason,
                       AvailabilitySource source, UUID injuryId, boolean current, UUID setBy, Instant setAt) {

        public static Full of(PlayerAvailability a) {
            return new Full(a.getId(), a.getPlayerId(), a.getStatus(), a.getEffectiveDate(), a.getExpectedReturn(),
                    a.isClearanceRequired(), a.getLoadMultiplier(), a.getReason(), a.getSource(), a.getInjuryId(),
                    a.isCurrent(), a.getCreatedBy(), a.getCreatedAt());
        }

        /** A player with no recorded status is available. */
        public static Full defaultFor(UUID playerId) {
            return new Full(null, playerId, AvailabilityStatus.AVAILABLE, null, null, false, BigDecimal.ONE, null,
                    null, null, true, null, null);
        }
    }

    /** Status only: what coaching staff, club admins and other services may see. */
    public record StatusView(UUID playerId, AvailabilityStatus status, LocalDate effectiveDate,
                             LocalDate expectedReturn, boolean clearanceRequired, BigDecimal loadMultiplier,
                             boolean current, Instant setAt) {

        public static StatusView of(PlayerAvailability a) {
            return new StatusView(a.getPlayerId(), a.getStatus(), a.getEffectiveDate(), a.getExpectedReturn(),
                    a.isClearanceRequired(), a.getLoadMultiplier(), a.isCurrent(), a.getCreatedAt());
        }

        public static StatusView defaultFor(UUID playerId) {
            return new StatusView(playerId, AvailabilityStatus.AVAILABLE, null, null, false, BigDecimal.ONE, true,
                    null);
        }
    }

    /** A team's current availability: counts per status (every status listed) and each player's status. */
    public record TeamView(UUID teamId, int players, Map<String, Long> counts, List<StatusView> roster) {
    }
}
