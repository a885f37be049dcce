package com.hockeyhub.payment.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * A bill to one payer. Its amounts are exact decimals (NUMERIC) in one currency: total = subtotal + tax; the paid
 * amount never exceeds the total and the refunded amount never exceeds what was paid (the database checks both
 * too). Every change of state goes through {@link #moveTo}, which allows only {@link InvoiceStatus#next()}.
 */
@Entity
@Table(name = "invoices")
public class Invoice extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "number")
    private String number;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_seq")
    private Integer numberSeq;

    @Column(name = "status", nullable = false)
    private InvoiceStatus status;

    @Column(name = "payer_id", nullable = false)
    private UUID payerId;

    @Column(name = "player_id")
    private UUID playerId;

    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "season")
    private String season;

    @Column(name = "instalment_no")
    private Integer instalmentNo;

    @Column(name = "instalment_count")
    private Integer instalmentCount;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "tax_rate", nullable = false)
    private BigDecimal taxRate;

    @Column(name = "subtotal", nullable = false)
    private BigDecimal subtotal;

    @Column(name = "tax", nullable = false)
    private BigDecimal tax;

    @Column(name = "total", nullable = false)
    private BigDecimal total;

    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason")
    private String voidReason;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    Invoice(UUID organizationId, UUID payerId, UUID playerId, String description, String currency,
            BigDecimal taxRate, LocalDate dueDate) {
        this.organizationId = organizationId;
        this.payerId = payerId;
        this.playerId = playerId;
        this.description = description;
        this.currency = currency;
        this.taxRate = taxRate;
        this.dueDate = dueDate;
        this.status = InvoiceStatus.DRAFT;
    }

    /** Marks the invoice as a season fee (the natural key that keeps a second run from billing twice). */
    void seasonFee(UUID teamId, String season, int instalmentNo, int instalmentCount) {
        this.teamId = teamId;
        this.season = season;
        this.instalmentNo = instalmentNo;
        this.instalmentCount = instalmentCount;
    }

    void addLine(String description, int quantity, BigDecimal unitPrice) {
        lines.add(new InvoiceLine(organizationId, lines.size() + 1, description, quantity, unitPrice));
    }

    /** Sets subtotal (the lines' sum), the given tax and total = subtotal + tax. */
    void price(BigDecimal tax) {
        this.subtotal = lines.stream().map(InvoiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        this.tax = tax;
        this.total = subtotal.add(tax);
    }

    /** 409 unless a draft; 422 when the due date is before {@code on}. */
    void requireIssuable(LocalDate on) {
        requireMove(InvoiceStatus.OPEN, "issue");
        if (dueDate.isBefore(on)) {
            throw new BusinessRuleException("The due date " + dueDate + " is before the issue date " + on
                    + "; change the draft's due date first");
        }
    }

    void issue(String number, int year, int sequence, LocalDate on) {
        requireIssuable(on);
        moveTo(InvoiceStatus.OPEN, "issue");
        this.number = number;
        this.numberYear = year;
        this.numberSeq = sequence;
        this.issueDate = on;
    }

    void markVoid(String reason, Instant at) {
        if (paidAmount.signum() > 0) {
            throw new ConflictException("Invoice is " + status.value() + " with payments: refund them instead of "
                    + "voiding it");
        }
        moveTo(InvoiceStatus.VOID, "void");
        this.voidReason = reason;
        this.voidedAt = at;
    }

    /** A payment of {@code amount}: paid when nothing is left, else partially paid (an overdue invoice stays overdue). */
    void applyPayment(BigDecimal amount, Instant at) {
        requirePayable(amount);
        BigDecimal paid = paidAmount.add(amount);
        boolean full = paid.compareTo(total) == 0;
        if (full) {
            moveTo(InvoiceStatus.PAID, "pay");
            this.paidAt = at;
        } else if (status == InvoiceStatus.OPEN) {
            moveTo(InvoiceStatus.PARTIALLY_PAID, "pay");
        }
        this.paidAmount = paid;
    }

    /** Money given back: the invoice becomes refunded; never more than was paid. */
    void applyRefund(BigDecimal amount) {
        requireRefundable(amount);
        moveTo(InvoiceStatus.REFUNDED, "refund");
        this.refundedAmount = refundedAmount.add(amount);
    }

    /** 409 unless the invoice accepts payments; 422 when {@code amount} is more than the balance due. */
    public void requirePayable(BigDecimal amount) {
        if (!InvoiceStatus.PAYABLE.contains(status)) {
            throw new ConflictException("Invoice is " + status.value() + ": it accepts no payments");
        }
        if (amount.compareTo(balanceDue()) > 0) {
            throw new BusinessRuleException("The payment of " + amount.toPlainString() + " " + currency
                    + " exceeds the balance due of " + balanceDue().toPlainString() + " " + currency);
        }
    }

    /** 409 unless money can be given back in this state; 422 when {@code amount} is more than is left to refund. */
    public void requireRefundable(BigDecimal amount) {
        if (!InvoiceStatus.REFUNDABLE.contains(status)) {
            throw new ConflictException("Invoice is " + status.value() + ": it cannot be refunded");
        }
        if (refundedAmount.add(amount).compareTo(paidAmount) > 0) {
            throw new BusinessRuleException("The refund of " + amount.toPlainString() + " " + currency
                    + " exceeds what is left to refund on the invoice (" + paidAmount.subtract(refundedAmount)
                    .toPlainString() + " " + currency + ")");
        }
    }

    void changeDueDate(LocalDate dueDate) {
        if (status != InvoiceStatus.DRAFT) {
            throw new ConflictException("Invoice is " + status.value() + ": only a draft's due date can change");
        }
        this.dueDate = dueDate;
    }

    private void moveTo(InvoiceStatus target, String action) {
        requireMove(target, action);
        this.status = target;
    }

    private void requireMove(InvoiceStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("Invoice is " + status.value() + ": cannot " + action + " (" + status.value()
                    + " → " + target.value() + " is not allowed)");
        }
    }

    public BigDecimal balanceDue() {
        return total.subtract(paidAmount);
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getNumber() {
        return number;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public UUID getPayerId() {
        return payerId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public String getSeason() {
        return season;
    }

    public Integer getInstalmentNo() {
        return instalmentNo;
    }

    public Integer getInstalmentCount() {
        return instalmentCount;
    }

    public String getDescription() {
        return description;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public List<InvoiceLine> getLines() {
        return List.copyOf(lines);
    }
}
