package com.hockeyhub.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.payment.invoice.Invoice;

/** Response bodies of the payment endpoints. */
public final class PaymentResponses {

    private PaymentResponses() {
    }

    /** A payment with the state of its invoice right after it. */
    public record PaymentResponse(UUID id, UUID invoiceId, UUID payerId, BigDecimal amount, BigDecimal refundedAmount,
                                  String currency, PaymentMethod method, PaymentStatus status, String provider,
                                  String providerReference, String cardBrand, String cardLast4, String reference,
                                  Instant receivedAt, String invoiceStatus, BigDecimal invoiceBalanceDue) {

        static PaymentResponse of(Payment p, Invoice invoice) {
            return new PaymentResponse(p.getId(), p.getInvoiceId(), p.getPayerId(), p.getAmount(),
                    p.getRefundedAmount(), p.getCurrency(), p.getMethod(), p.getStatus(), p.getProvider(),
                    p.getProviderReference(), p.getCardBrand(), p.getCardLast4(), p.getReference(),
                    p.getReceivedAt(), invoice == null ? null : invoice.getStatus().value(),
                    invoice == null ? null : invoice.balanceDue());
        }
    }

    /** A refund with the state of its payment and invoice right after it. */
    public record RefundResponse(UUID id, UUID paymentId, UUID invoiceId, BigDecimal amount, String currency,
                                 String reason, String providerReference, Instant refundedAt, String paymentStatus,
                                 BigDecimal paymentRefundedAmount, String invoiceStatus,
                                 BigDecimal invoiceRefundedAmount) {

        static RefundResponse of(Refund r, Payment payment, Invoice invoice) {
            return new RefundResponse(r.getId(), r.getPaymentId(), r.getInvoiceId(), r.getAmount(), r.getCurrency(),
                    r.getReason(), r.getProviderReference(), r.getRefundedAt(),
                    payment == null ? null : payment.getStatus().value(),
                    payment == null ? null : payment.getRefundedAmount(),
                    invoice == null ? null : invoice.getStatus().value(),
                    invoice == null ? null : invoice.getRefundedAmount());
        }
    }
}
