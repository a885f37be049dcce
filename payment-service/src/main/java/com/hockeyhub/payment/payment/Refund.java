package com.hockeyhub.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Money given back from a payment. */
@Entity
@Table(name = "refunds")
public class Refund extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private UUID invoiceId;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "reason")
    private String reason;

    @Column(name = "provider_reference")
    private String providerReference;

    @Column(name = "refunded_by", nullable = false)
    private UUID refundedBy;

    @Column(name = "refunded_at", nullable = false)
    private Instant refundedAt;

    protected Refund() {
    }

    Refund(Payment payment, BigDecimal amount, String reason, String providerReference, UUID refundedBy,
            Instant refundedAt) {
        this.organizationId = payment.getOrganizationId();
        this.paymentId = payment.getId();
        this.invoiceId = payment.getInvoiceId();
        this.amount = amount;
        this.currency = payment.getCurrency();
        this.reason = reason;
        this.providerReference = providerReference;
        this.refundedBy = refundedBy;
        this.refundedAt = refundedAt;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getPaymentId() {
        return paymentId;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }

    public String getProviderReference() {
        return providerReference;
    }

    public UUID getRefundedBy() {
        return refundedBy;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }
}
