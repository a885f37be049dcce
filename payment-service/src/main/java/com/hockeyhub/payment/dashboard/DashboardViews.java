package com.hockeyhub.payment.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The shapes of the dashboards and the revenue report. Amounts per currency, exact. */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** {@code view}: club (club admin, with {@code club}) or family (everyone else, with {@code family}). */
    public record Dashboard(String view, ClubDashboard club, FamilyDashboard family) {
    }

    /** The club's totals per currency and its longest-overdue invoices (oldest due date first, a few). */
    public record ClubDashboard(UUID organizationId, List<ClubTotals> totals, List<OverdueInvoice> oldestOverdue) {
    }

    public record OverdueInvoice(UUID id, String number, UUID payerId, BigDecimal balanceDue, String currency,
                                 LocalDate dueDate) {
    }

    /** One currency's totals: invoiced (issued, not void), paid, refunded, outstanding and overdue balances. */
    public record ClubTotals(String currency, BigDecimal invoiced, BigDecimal paid, BigDecimal refunded,
                             BigDecimal outstanding, BigDecimal overdue, long draftCount, long openCount,
                             long partiallyPaidCount, long paidCount, long overdueCount, long voidCount,
                             long refundedCount) {
    }

    /** What the family owes (per currency), the next due date, and the latest bills. */
    public record FamilyDashboard(UUID userId, List<FamilyOwed> owed, LocalDate nextDueDate,
                                  List<FamilyInvoice> history) {
    }

    public record FamilyOwed(String currency, BigDecimal owed, BigDecimal overdue, long openInvoices) {
    }

    public record FamilyInvoice(UUID id, String number, String description, String status, UUID playerId,
                                BigDecimal total, BigDecimal paidAmount, BigDecimal balanceDue, String currency,
                                LocalDate dueDate) {
    }

    /** Money received and refunded per month (UTC) and currency; net = received − refunded. */
    public record RevenueMonth(String month, String currency, BigDecimal received, BigDecimal refunded,
                               BigDecimal net) {
    }
}
