package com.hockeyhub.payment.dashboard;

import java.util.UUID;

import com.hockeyhub.payment.dashboard.DashboardViews.ClubDashboard;
import com.hockeyhub.payment.dashboard.DashboardViews.ClubTotals;
import com.hockeyhub.shared.cache.CacheTags;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hottest read: a club's billing totals, one aggregate query over the club's invoices (index
 * {@code invoices_org_status_due_idx}), cached per club in Redis ({@code payment-dashboard}, TTL
 * {@code hockeyhub.cache.ttl.payment-dashboard}) and tagged {@code org:<id>}: every invoice, payment, refund, sweep
 * or season-fee change of the club invalidates the tag after its commit.
 */
@Component
public class ClubDashboardCache {

    public static final String CACHE = "payment-dashboard";

    private final JdbcTemplate jdbc;

    ClubDashboardCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(cacheNames = CACHE, key = "#organizationId", sync = true)
    @CacheTags("'org:' + #organizationId")
    @Transactional(readOnly = true)
    public ClubDashboard load(UUID organizationId) {
        return new ClubDashboard(organizationId, jdbc.query("""
                SELECT currency,
                       coalesce(sum(total) FILTER (WHERE status NOT IN ('draft', 'void')), 0) AS invoiced,
                       coalesce(sum(paid_amount), 0) AS paid,
                       coalesce(sum(refunded_amount), 0) AS refunded,
                       coalesce(sum(total - paid_amount) FILTER (WHERE status IN ('open', 'partially_paid', 'overdue')), 0)
                           AS outstanding,
                       coalesce(sum(total - paid_amount) FILTER (WHERE status = 'overdue'), 0) AS overdue,
                       count(*) FILTER (WHERE status = 'draft'), count(*) FILTER (WHERE status = 'open'),
                       count(*) FILTER (WHERE status = 'partially_paid'), count(*) FILTER (WHERE status = 'paid'),
                       count(*) FILTER (WHERE status = 'overdue'), count(*) FILTER (WHERE status = 'void'),
                       count(*) FILTER (WHERE status = 'refunded')
                FROM invoices WHERE organization_id = ? AND deleted_at IS NULL
                GROUP BY currency ORDER BY currency
                """, (rs, n) -> new ClubTotals(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8),
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)), organizationId));
    }
}
