package com.hockeyhub.payment.seasonfee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a season-fee run billed: per player, the payer and the invoices issued now (none on a repeat). */
public record SeasonFeeResult(UUID teamId, String season, int players, int invoicesIssued, int alreadyBilled,
                              List<PlayerBill> bills) {

    public record PlayerBill(UUID playerId, UUID payerId, boolean billedToParent, List<Instalment> issued) {
    }

    public record Instalment(UUID invoiceId, String number, int instalmentNo, BigDecimal subtotal, BigDecimal tax,
                             BigDecimal total, LocalDate dueDate) {
    }
}
