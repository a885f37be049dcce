package com.hockeyhub.medical.wellness;

import java.time.LocalDate;

/** Aggregates of one day's check-ins of a group of players. */
public record DailyAverage(LocalDate date, Long entries, Double sleepHours, Double sleepQuality, Double energy,
                           Double stress, Double soreness, Double mood, Double restingHr, Double hrv,
                           Long flaggedPlayers) {
}
