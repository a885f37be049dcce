package com.hockeyhub.medical.wellness;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record WellnessResponse(UUID id, UUID playerId, LocalDate entryDate, BigDecimal sleepHours, int sleepQuality,
                               int energy, int stress, int soreness, int mood, Integer restingHr, BigDecimal hrv,
                               List<String> redFlags, boolean flagged, String notes, Instant updatedAt) {

    public static WellnessResponse of(WellnessEntry e) {
        return new WellnessResponse(e.getId(), e.getPlayerId(), e.getEntryDate(), e.getSleepHours(),
                e.getSleepQuality(), e.getEnergy(), e.getStress(), e.getSoreness(), e.getMood(), e.getRestingHr(),
                e.getHrv(), e.redFlagList(), e.isFlagged(), e.getNotes(), e.getUpdatedAt());
    }
}
