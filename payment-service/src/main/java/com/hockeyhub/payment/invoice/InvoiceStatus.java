package com.hockeyhub.payment.invoice;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/**
 * An invoice's state and the only transitions allowed out of it:
 * <pre>
 * draft          → open (issue), void
 * open           → partially_paid, paid, overdue (sweep), void
 * partially_paid → paid, overdue (sweep), refunded
 * overdue        → paid, void (nothing paid yet); a part payment keeps it overdue until paid in full
 * paid           → refunded
 * refunded       → refunded (further partial refunds up to what was paid)
 * void           → nothing
 * </pre>
 */
public enum InvoiceStatus {
    DRAFT,
    OPEN,
    PARTIALLY_PAID,
    PAID,
    OVERDUE,
    VOID,
    REFUNDED;

    /** States in which the invoice is still owed (payments are accepted). */
    public static final Set<InvoiceStatus> PAYABLE = EnumSet.of(OPEN, PARTIALLY_PAID, OVERDUE);
    /** States from which money can be given back. */
    public static final Set<InvoiceStatus> REFUNDABLE = EnumSet.of(PARTIALLY_PAID, PAID, REFUNDED);

    public Set<InvoiceStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, VOID);
            case OPEN -> EnumSet.of(PARTIALLY_PAID, PAID, OVERDUE, VOID);
            case PARTIALLY_PAID -> EnumSet.of(PAID, OVERDUE, REFUNDED);
            case OVERDUE -> EnumSet.of(PAID, VOID);
            case PAID -> EnumSet.of(REFUNDED);
            case REFUNDED -> EnumSet.of(REFUNDED);
            case VOID -> EnumSet.noneOf(InvoiceStatus.class);
        };
    }

    public boolean canMoveTo(InvoiceStatus target) {
        return next().contains(target);
    }

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static InvoiceStatus of(String value) {
        return ApiEnums.parse(InvoiceStatus.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<InvoiceStatus> {
        DbConverter() {
            super(InvoiceStatus.class);
        }
    }
}
