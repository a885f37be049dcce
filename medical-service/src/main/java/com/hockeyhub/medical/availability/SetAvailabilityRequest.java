package com.hockeyhub.medical.availability;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SetAvailabilityRequest(
        @NotNull AvailabilityStatus status,
        @Schema(description = "Default: today (UTC)") LocalDate effectiveDate,
        LocalDate expectedReturn,
        Boolean clearanceRequired,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2)
        @Schema(description = "Training load multiplier; default by status (available 1.0, load_management 0.6, "
                + "injured/illness/personal 0.0, suspended 1.0)") BigDecimal loadMultiplier,
        @Size(max = 2000) @Schema(description = "Encrypted; only medical staff, the player and parents see it")
        String reason) {
}
