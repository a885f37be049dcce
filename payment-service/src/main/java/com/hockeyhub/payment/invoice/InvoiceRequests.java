package com.hockeyhub.payment.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the invoice endpoints. */
public final class InvoiceRequests {

    private InvoiceRequests() {
    }

    public record CreateInvoice(
            @NotNull @Schema(description = "Who pays, a person of the club (e.g. the primary-contact parent of a minor)")
            UUID payerId,
            @Schema(description = "The player the invoice is for, if any: a person of the club") UUID playerId,
            @NotBlank @Size(max = 200) String description,
            @NotBlank @Schema(description = "ISO 4217, at most 2 decimals, e.g. EUR") String currency,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Tax in percent of the subtotal, default 0") BigDecimal taxRate,
            @NotNull LocalDate dueDate,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines,
            @Schema(description = "Issue at once (numbered, open) instead of keeping a draft") Boolean issue) {
    }

    public record Line(
            @NotBlank @Size(max = 200) String description,
            @NotNull @Min(1) @Max(10000) Integer quantity,
            @NotNull BigDecimal unitPrice) {
    }

    public record VoidInvoice(@Size(max = 500) String reason) {
    }

    public record ChangeDueDate(@NotNull @Schema(description = "The draft's new due date") LocalDate dueDate) {
    }
}
