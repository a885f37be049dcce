package com.hockeyhub.calendar.resource;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ResourceRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull ResourceType type,
        @Size(max = 2000) String description,
        @Size(max = 300) String location,
        @Min(1) @Max(100000) Integer capacity,
        @DecimalMin("0.00") @DecimalMax("1000000.00") @Digits(integer = 10, fraction = 2) BigDecimal hourlyRate,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        Boolean requiresApproval,
        @Schema(example = "Europe/Stockholm") @Size(max = 60) String timeZone,
        @Schema(description = "weekly opening hours; none = always available")
        @Size(max = 50) List<AvailabilityWindow.@Valid @NotNull Dto> availability,
        Boolean active) {
}
