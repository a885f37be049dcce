package com.hockeyhub.shared.api.medical;

import java.time.LocalDate;
import java.util.UUID;

/** Payloads of medical-service's events (version 1). Never carry diagnoses or notes. */
public final class MedicalEvents {

    private MedicalEvents() {
    }

    /**
     * medical.player.status.changed. {@code status}: available, injured, illness, personal, suspended,
     * load_management. {@code loadMultiplier}: 1.0 normal, e.g. 0.6 for load management, 0.0 when not to train.
     */
    public record PlayerStatusChanged(UUID playerId, UUID organizationId, String status, String previousStatus,
                                      LocalDate effectiveDate, LocalDate expectedReturn, double loadMultiplier) {
    }

    /** medical.injury.reported, medical.injury.updated, medical.injury.recovered (no diagnosis text). */
    public record InjuryChanged(UUID injuryId, UUID playerId, UUID organizationId, String bodyPart, int severity,
                                String status, LocalDate injuryDate, LocalDate expectedReturn) {
    }

    /**
     * medical.record.accessed: someone read (part of) a player's medical record, or a team-wide view. {@code accessLevel}:
     * full (diagnoses, notes, treatments) or availability (status and restrictions only). Never carries record content.
     */
    public record MedicalRecordAccessed(UUID accessId, UUID organizationId, UUID accessorId,
                                        java.util.List<String> accessorRoles, UUID playerId, UUID teamId,
                                        String resource, UUID resourceId, String accessLevel, String requestId,
                                        java.time.Instant accessedAt) {
    }

    /** medical.wellness.flagged. */
    public record WellnessFlagged(UUID playerId, UUID organizationId, LocalDate date, java.util.List<String> flags) {
    }
}
