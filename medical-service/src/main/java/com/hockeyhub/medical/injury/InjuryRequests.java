package com.hockeyhub.medical.injury;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Request bodies of the injury endpoints. */
public final class InjuryRequests {

    private InjuryRequests() {
    }

    public record ReportInjury(
            @NotNull UUID playerId,
            @NotNull InjuryType injuryType,
            @NotBlank @Size(max = 60) String bodyPart,
            @NotNull InjuryMechanism mechanism,
            @NotNull @PastOrPresent LocalDate injuryDate,
            @NotNull @Min(1) @Max(5) Integer severity,
            LocalDate expectedReturn,
            @Schema(description = "Default: severity 3 or more, or a concussion") Boolean clearanceRequired,
            @Size(max = 2000) String diagnosis,
            @Size(max = 4000) String notes) {
    }

    public record UpdateInjury(
            @NotNull InjuryType injuryType,
            @NotBlank @Size(max = 60) String bodyPart,
            @NotNull InjuryMechanism mechanism,
            @NotNull @PastOrPresent LocalDate injuryDate,
            @NotNull @Min(1) @Max(5) Integer severity,
            LocalDate expectedReturn,
            @NotNull Boolean clearanceRequired,
            @Schema(description = "active or recovering; recovery has its own endpoint") InjuryStatus status,
            @Size(max = 2000) String diagnosis,
            @Size(max = 4000) String notes,
            @NotNull @Schema(description = "The version last read (optimistic locking)") Long version) {
    }

    public record RecoverInjury(
            @PastOrPresent @Schema(description = "Default: today") LocalDate recoveredOn,
            @Schema(description = "Medical clearance given with the recovery (needed when the injury requires it "
                    + "and no clearance was recorded before)") Boolean cleared,
            @Size(max = 2000) String clearanceNotes) {
    }
}
