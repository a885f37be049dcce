package com.hockeyhub.payment.seasonfee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bill a team's season fee: one invoice per rostered player and instalment. */
public record SeasonFeeRequest(
        @NotNull UUID teamId,
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[0-9A-Za-z/ -]+$") @Schema(example = "2026-2027") String season,
        @NotNull @Schema(description = "The fee per player before tax (split exactly over the instalments)")
        BigDecimal amount,
        @NotBlank @Schema(example = "EUR") String currency,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxRate,
        @Min(1) @Max(12) @Schema(description = "Number of instalments, default 1") Integer instalments,
        @NotNull @Schema(description = "Due date of the first instalment") LocalDate firstDueDate,
        @Min(1) @Max(12) @Schema(description = "Months between instalments, default 1") Integer monthsBetween,
        @Size(max = 120) @Schema(description = "Default: Season fee <season> – <team>") String description) {
}
