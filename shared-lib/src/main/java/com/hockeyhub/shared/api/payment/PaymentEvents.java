package com.hockeyhub.shared.api.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of payment-service's events (version 1). Amounts are exact decimals with their ISO 4217 currency.
 * Consumers ignore fields they do not know.
 */
public final class PaymentEvents {

    /**
     * Reminder that an invoice falls due in a few days ({@code hockeyhub.payment.reminder-days-before-due}); sent once
     * per invoice. Not (yet) in shared-lib's {@code EventTypes} catalog, hence named here.
     */
    public static final String INVOICE_DUE_SOON = "payment.invoice.due_soon";

    private PaymentEvents() {
    }

    /**
     * payment.invoice.issued, payment.invoice.paid, payment.invoice.overdue, payment.invoice.due_soon.
     * {@code status}: draft, open, partially_paid, paid, overdue, void, refunded. {@code payerId} is who pays (the
     * primary-contact parent of a minor), {@code playerId} whom the invoice is for (when a player).
     */
    public record InvoiceChanged(UUID invoiceId, UUID organizationId, String number, UUID payerId, UUID playerId,
                                 String status, String description, BigDecimal total, BigDecimal paidAmount,
                                 BigDecimal balanceDue, String currency, LocalDate dueDate) {
    }

    /** payment.received: a payment recorded against an invoice. {@code method}: card, bank_transfer, cash, other. */
    public record PaymentReceived(UUID paymentId, UUID invoiceId, UUID organizationId, UUID payerId,
                                  BigDecimal amount, String currency, String method, String invoiceStatus,
                                  Instant receivedAt) {
    }

    /** payment.refunded: part or all of a payment given back. */
    public record PaymentRefunded(UUID refundId, UUID paymentId, UUID invoiceId, UUID organizationId, UUID payerId,
                                  BigDecimal amount, String currency, String reason, Instant refundedAt) {
    }

    /**
     * subscription.changed: a club's plan was created (trial), changed, cancelled or expired. {@code tier}: basic,
     * standard, premium, enterprise; {@code status}: trialing, active, past_due, cancelled, expired. Limits are
     * {@code null} when unlimited.
     */
    public record SubscriptionChanged(UUID organizationId, String tier, String status, String billingInterval,
                                      LocalDate currentPeriodEnd, Integer maxUsers, Integer maxTeams,
                                      Integer maxPlayers, List<String> features) {
    }
}
