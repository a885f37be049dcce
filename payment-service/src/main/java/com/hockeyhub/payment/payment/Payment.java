package com.hockeyhub.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.shared.web.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Money received against an invoice. A card is kept only as brand and last four digits. */
@Entity
@Table(name = "payments")
public class Payment extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private UUID invoiceId;

    @Column(name = "payer_id", nullable = false, updatable = false)
    private UUID payerId;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "method", nullable = false)
    private PaymentMethod method;

    @Column(name = "status", nullable = false)
    private PaymentStatus status;

    @Column(name = "provider")
    private String provider;

    @Column(name = "provider_reference")
    private String providerReference;

    @Column(name = "card_brand")
    private String cardBrand;

    @Column(name = "card_last4")
    private String cardLast4;

    @Column(name = "reference")
    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Payment() {
    }

    Payment(UUID organizationId, UUID invoiceId, UUID payerId, BigDecimal amount, String currency,
            PaymentMethod method, String reference, UUID recordedBy, Instant receivedAt) {
        this.organizationId = organizationId;
        this.invoiceId = invoiceId;
        this.payerId = payerId;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.receivedAt = receivedAt;
        this.status = PaymentStatus.SUCCEEDED;
    }

    void chargedBy(String provider, CardProcessor.Charge charge) {
        this.provider = provider;
        this.providerReference = charge.providerReference();
        this.cardBrand = charge.cardBrand();
        this.cardLast4 = charge.cardLast4();
    }

    BigDecimal refundable() {
        return amount.subtract(refundedAmount);
    }

    void requireRefundable(BigDecimal refund) {
        if (refund.compareTo(refundable()) > 0) {
            throw new BusinessRuleException("The refund of " + refund.toPlainString() + " " + currency
                    + " exceeds what is left of the payment (" + refundable().toPlainString() + " " + currency + ")");
        }
    }

    void refund(BigDecimal refund) {
        requireRefundable(refund);
        this.refundedAmount = refundedAmount.add(refund);
        this.status = refundedAmount.compareTo(amount) == 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public UUID getPayerId() {
        return payerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getProvider() {
        return provider;
    }

    public String getProviderReference() {
        return providerReference;
    }

    public String getCardBrand() {
        return cardBrand;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public String getReference() {
        return reference;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
