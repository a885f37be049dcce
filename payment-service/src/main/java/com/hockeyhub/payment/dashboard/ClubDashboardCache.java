package com.hockeyhub.payment.dashboard;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.payment.dashboard.DashboardViews.ClubDashboard;
import com.hockeyhub.payment.dashboard.DashboardViews.ClubTotals;
import com.hockeyhub.payment.dashboard.DashboardViews.OverdueInvoice;
import com.hockeyhub.shared.cache.CacheTags;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hottest read: a club's billing totals, read from {@code invoice_totals} (a few rows per club and currency, kept
 * exact by a trigger on invoices in each writing transaction, migration V4) so its cost does not grow with the number
 * of invoices, plus the {@value #OLDEST_OVERDUE} longest-overdue invoices (index {@code invoices_org_overdue_idx});
 * cached per club in Redis ({@code payment-dashboard}, TTL
 * {@code hockeyhub.cache.ttl.payment-dashboard}) and tagged {@code org:<id>}: every invoice, payment, refund, sweep
 * or season-fee change of the club invalidates the tag after its commit.
 */
@Component
public class ClubDashboardCache {

    public static final String CACHE = "payment-dashboard";
    static final int OLDEST_OVERDUE = 10;

    private final JdbcTemplate jdbc;

    ClubDashboardCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(cacheNames = CACHE, key = "#organizationId", sync = true)
    @CacheTags("'org:' + #organizationId")
    @Transactional(readOnly = true)
    public ClubDashboard load(UUID organizationId) {
        List<ClubTotals> totals = jdbc.query("""
                SELECT currency,
                       coalesce(sum(total_sum) FILTER (WHERE status NOT IN ('draft', 'void')), 0) AS invoiced,
                       sum(paid_sum) AS paid,
                       sum(refunded_sum) AS refunded,
                       coalesce(sum(total_sum - paid_sum) FILTER (WHERE status IN ('open', 'partially_paid', 'overdue')),
                           0) AS outstanding,
                       coalesce(sum(total_sum - paid_sum) FILTER (WHERE status = 'overdue'), 0) AS overdue,
                       coalesce(sum(invoice_count) FILTER (WHERE status = 'draft'), 0),
                       coalesce(sum(invoice_count) FILTER (WHERE status = 'open'), 0),
                       coalesce(sum(invoice_count) FILTER (WHERE status = 'partially_paid'), 0),
                       coalesce(sum(invoice_count) FILTER (WHERE status = 'paid'), 0),
                       coalesce(sum(invoice_count) FILTER (WHERE status = 'overdue'), 0),
                       coalesce(sum(invoice_count) FILTER (WHERE status = 'void'), 0),
                       coalesce(sum(invoice_count) FILTER (WHERE status = 'refunded'), 0)
                FROM invoice_totals WHERE organization_id = ?
                GROUP BY currency HAVING sum(invoice_count) > 0 ORDER BY currency
                """, (rs, n) -> new ClubTotals(rs.getString(1), rs.getBigDecimal(2).setScale(2),
                rs.getBigDecimal(3).setScale(2), rs.getBigDecimal(4).setScale(2), rs.getBigDecimal(5).setScale(2),
                rs.getBigDecimal(6).setScale(2), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                rs.getLong(11), rs.getLong(12), rs.getLong(13)), organizationId);
        List<OverdueInvoice> oldestOverdue = jdbc.query("""
                SELECT id, number, payer_id, total - paid_amount, currency, due_date FROM invoices
                WHERE organization_id = ? AND deleted_at IS NULL AND status = 'overdue'
                ORDER BY due_date, id LIMIT %d""".formatted(OLDEST_OVERDUE), (rs, n) -> new OverdueInvoice(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getBigDecimal(4),
                rs.getString(5), rs.getDate(6).toLocalDate()), organizationId);
        return new ClubDashboard(organizationId, totals, oldestOverdue);
    }
}
