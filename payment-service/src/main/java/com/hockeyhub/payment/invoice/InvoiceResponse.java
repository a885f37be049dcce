package com.hockeyhub.payment.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An invoice with its lines and exact amounts; {@code balanceDue} = total − paid. */
public record InvoiceResponse(UUID id, String number, InvoiceStatus status, UUID payerId, UUID playerId,
                              UUID teamId, String season, Integer instalmentNo, Integer instalmentCount,
                              String description, String currency, BigDecimal taxRate, BigDecimal subtotal,
                              BigDecimal tax, BigDecimal total, BigDecimal paidAmount, BigDecimal refundedAmount,
                              BigDecimal balanceDue, LocalDate issueDate, LocalDate dueDate, Instant paidAt,
                              Instant overdueAt, Instant voidedAt, String voidReason, List<LineResponse> lines,
                              Instant createdAt, long version) {

    public record LineResponse(int position, String description, int quantity, BigDecimal unitPrice,
                               BigDecimal amount) {
    }

    public static InvoiceResponse of(Invoice i) {
        return new InvoiceResponse(i.getId(), i.getNumber(), i.getStatus(), i.getPayerId(), i.getPlayerId(),
                i.getTeamId(), i.getSeason(), i.getInstalmentNo(), i.getInstalmentCount(), i.getDescription(),
                i.getCurrency(), i.getTaxRate(), i.getSubtotal(), i.getTax(), i.getTotal(), i.getPaidAmount(),
                i.getRefundedAmount(), i.balanceDue(), i.getIssueDate(), i.getDueDate(), i.getPaidAt(),
                i.getOverdueAt(), i.getVoidedAt(), i.getVoidReason(),
                i.getLines().stream().map(l -> new LineResponse(l.getPosition(), l.getDescription(), l.getQuantity(),
                        l.getUnitPrice(), l.getAmount())).toList(), i.getCreatedAt(), i.getVersion());
    }
}
