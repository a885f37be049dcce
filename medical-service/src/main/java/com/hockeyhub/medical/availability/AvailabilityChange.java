package com.hockeyhub.medical.availability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A requested status change; {@code loadMultiplier} null means the status's default. */
public record AvailabilityChange(AvailabilityStatus status, LocalDate effectiveDate, LocalDate expectedReturn,
                                 boolean clearanceRequired, BigDecimal loadMultiplier, String reason,
                                 AvailabilitySource source, UUID injuryId) {
}
