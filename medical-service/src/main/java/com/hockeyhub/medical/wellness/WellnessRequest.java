package com.hockeyhub.medical.wellness;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A wellness check-in; a second submit for the same day replaces the first. */
public record WellnessRequest(
        @PastOrPresent @Schema(description = "Default: today (UTC)") LocalDate entryDate,
        @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal sleepHours,
        @NotNull @Min(1) @Max(10) Integer sleepQuality,
        @NotNull @Min(1) @Max(10) Integer energy,
        @NotNull @Min(1) @Max(10) Integer stress,
        @NotNull @Min(1) @Max(10) Integer soreness,
        @NotNull @Min(1) @Max(10) Integer mood,
        @Min(30) @Max(120) Integer restingHr,
        @DecimalMin("0") @DecimalMax("200") @Digits(integer = 3, fraction = 1) BigDecimal hrv,
        @Size(max = 2000) String notes) {
}
