package com.hockeyhub.medical.injury;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The full injury record: only for callers with full access (medical staff, the player, their parents). */
public record InjuryResponse(UUID id, UUID playerId, InjuryType injuryType, String bodyPart, InjuryMechanism mechanism,
                             LocalDate injuryDate, int severity, InjuryStatus status, LocalDate expectedReturn,
                             LocalDate recoveredOn, boolean clearanceRequired, String diagnosis, String notes,
                             Instant createdAt, Instant updatedAt, long version) {

    public static InjuryResponse of(Injury i) {
        return new InjuryResponse(i.getId(), i.getPlayerId(), i.getInjuryType(), i.getBodyPart(), i.getMechanism(),
                i.getInjuryDate(), i.getSeverity(), i.getStatus(), i.getExpectedReturn(), i.getRecoveredOn(),
                i.isClearanceRequired(), i.getDiagnosis(), i.getNotes(), i.getCreatedAt(), i.getUpdatedAt(),
                i.getVersion());
    }
}
