package com.hockeyhub.payment.payment;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the payment endpoints. */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    public record RecordPayment(
            @NotNull @Schema(description = "Positive, at most the balance due, no more decimals than the currency")
            BigDecimal amount,
            @Schema(description = "ISO 4217; must be the invoice's currency (default: the invoice's)") String currency,
            @NotNull PaymentMethod method,
            @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_]+$")
            @Schema(description = "Card payments: the processor's card token (never a card number), e.g. tok_visa")
            String cardToken,
            @Schema(description = "Card payments: one of the caller's saved cards instead of a card token")
            UUID paymentMethodId,
            @Size(max = 100) @Schema(description = "Bank transfer or cash: the club's own reference") String reference) {
    }

    public record RefundPayment(
            @NotNull @Schema(description = "Positive, at most what is left of the payment") BigDecimal amount,
            @Size(max = 500) String reason) {
    }

    public record SavePaymentMethod(
            @NotNull @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_]+$")
            @Schema(description = "The processor's card token, e.g. tok_visa") String cardToken) {
    }
}
