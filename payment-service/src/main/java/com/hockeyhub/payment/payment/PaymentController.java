package com.hockeyhub.payment.payment;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.payment.payment.PaymentRequests.RecordPayment;
import com.hockeyhub.payment.payment.PaymentRequests.RefundPayment;
import com.hockeyhub.payment.payment.PaymentResponses.PaymentResponse;
import com.hockeyhub.payment.payment.PaymentResponses.RefundResponse;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments", description = "Payments against invoices and refunds, idempotent by the required "
        + "Idempotency-Key header: a retried request returns the first answer and never charges twice.")
class PaymentController {

    private final PaymentService payments;

    PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    @PostMapping("/api/invoices/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a payment (club admin: any method; the family: card)",
            description = "Partial payments allowed; never more than the balance due (422). Card payments go through "
                    + "the card processor with the card token (declined: 422; no answer: 503, retry with the same key). "
                    + "Publishes payment.received (and payment.invoice.paid when nothing is left).")
    PaymentResponse record(CurrentUser user, IdempotencyKey key, @PathVariable UUID id,
            @Valid @RequestBody RecordPayment request) {
        return payments.record(user, id, key, request);
    }

    @GetMapping("/api/invoices/{id}/payments")
    @Operation(summary = "The payments of an invoice (club admin, or the family it bills)")
    List<PaymentResponse> ofInvoice(CurrentUser user, @PathVariable UUID id) {
        return payments.ofInvoice(user, id);
    }

    @GetMapping("/api/payments/{id}")
    @Operation(summary = "One payment (club admin, or the family whose invoice it paid)")
    PaymentResponse get(CurrentUser user, @PathVariable UUID id) {
        return payments.get(user, id);
    }

    @PostMapping("/api/payments/{id}/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refund part or all of a payment (club admin)",
            description = "Never more than what is left of the payment (422); the payment becomes partially_refunded "
                    + "or refunded, the invoice refunded. Publishes payment.refunded.")
    RefundResponse refund(CurrentUser user, IdempotencyKey key, @PathVariable UUID id,
            @Valid @RequestBody RefundPayment request) {
        return payments.refund(user, id, key, request);
    }

    @GetMapping("/api/payments/{id}/refunds")
    @Operation(summary = "The refunds of a payment (club admin, or the family whose invoice it paid)")
    List<RefundResponse> refunds(CurrentUser user, @PathVariable UUID id) {
        return payments.refundsOf(user, id);
    }
}
