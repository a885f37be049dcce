package com.hockeyhub.payment.invoice;

import java.math.BigDecimal;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One line of an invoice: quantity × unit price = amount, exact to the cent. */
@Entity
@Table(name = "invoice_lines")
public class InvoiceLine extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    protected InvoiceLine() {
    }

    InvoiceLine(UUID organizationId, int position, String description, int quantity, BigDecimal unitPrice) {
        this.organizationId = organizationId;
        this.position = position;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
