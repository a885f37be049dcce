package com.hockeyhub.payment.dashboard;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.hockeyhub.payment.access.PaymentAccessPolicy;
import com.hockeyhub.payment.dashboard.DashboardViews.Dashboard;
import com.hockeyhub.payment.dashboard.DashboardViews.FamilyDashboard;
import com.hockeyhub.payment.dashboard.DashboardViews.FamilyInvoice;
import com.hockeyhub.payment.dashboard.DashboardViews.FamilyOwed;
import com.hockeyhub.payment.dashboard.DashboardViews.RevenueMonth;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards from aggregate queries: the club's totals for its admins (cached, {@link ClubDashboardCache}), what a
 * family owes and its latest bills for everyone else, and monthly revenue for the club's admins.
 */
@Service
public class DashboardService {

    static final int MAX_MONTHS = 36;
    private static final int HISTORY = 20;

    private final ClubDashboardCache club;
    private final PaymentAccessPolicy policy;
    private final JdbcTemplate jdbc;

    DashboardService(ClubDashboardCache club, PaymentAccessPolicy policy, JdbcTemplate jdbc) {
        this.club = club;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(CurrentUser user) {
        UUID organizationId = policy.requireClubMember(user);
        if (policy.seesWholeClub(user)) {
            return new Dashboard("club", club.load(organizationId), null);
        }
        return new Dashboard("family", null, family(user, organizationId));
    }

    private FamilyDashboard family(CurrentUser user, UUID organizationId) {
        UUID[] children = user.childIds().toArray(UUID[]::new);
        String family = "organization_id = ? AND deleted_at IS NULL AND (payer_id = ? OR player_id = ? "
                + "OR player_id = ANY (?))";
        Object[] args = {organizationId, user.id(), user.id(), children};
        List<FamilyOwed> owed = jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT currency, coalesce(sum(total - paid_amount), 0),
                           coalesce(sum(total - paid_amount) FILTER (WHERE status = 'overdue'), 0), count(*)
                    FROM invoices WHERE %s AND status IN ('open', 'partially_paid', 'overdue')
                    GROUP BY currency ORDER BY currency""".formatted(family));
            bind(statement, args, con);
            return statement;
        }, (rs, n) -> new FamilyOwed(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4)));
        List<LocalDate> next = jdbc.query(con -> {
            var statement = con.prepareStatement(("SELECT min(due_date) FROM invoices WHERE %s "
                    + "AND status IN ('open', 'partially_paid', 'overdue')").formatted(family));
            bind(statement, args, con);
            return statement;
        }, (rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate());
        List<FamilyInvoice> history = jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT id, number, description, status, player_id, total, paid_amount, currency, due_date
                    FROM invoices WHERE %s AND status <> 'draft'
                    ORDER BY due_date DESC, id DESC LIMIT %d""".formatted(family, HISTORY));
            bind(statement, args, con);
            return statement;
        }, (rs, n) -> new FamilyInvoice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getBigDecimal(6), rs.getBigDecimal(7),
                rs.getBigDecimal(6).subtract(rs.getBigDecimal(7)), rs.getString(8), rs.getDate(9).toLocalDate()));
        return new FamilyDashboard(user.id(), owed, next.isEmpty() ? null : next.get(0), history);
    }

    private static void bind(PreparedStatement statement, Object[] args, Connection con) throws SQLException {
        statement.setObject(1, args[0]);
        statement.setObject(2, args[1]);
        statement.setObject(3, args[2]);
        statement.setArray(4, con.createArrayOf("uuid", (Object[]) args[3]));
    }

    /** Money received and refunded per month from {@code from} to {@code to} (inclusive), club admins only. */
    @Transactional(readOnly = true)
    public List<RevenueMonth> revenue(CurrentUser user, YearMonth from, YearMonth to) {
        UUID organizationId = policy.requireBillingAdmin(user);
        if (from == null) {
            throw new InvalidRequestException("from", "is required (YYYY-MM)");
        }
        if (to == null) {
            throw new InvalidRequestException("to", "is required (YYYY-MM)");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new InvalidRequestException("to", "the range may span at most " + MAX_MONTHS + " months");
        }
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Timestamp end = Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<String, BigDecimal[]> byKey = new LinkedHashMap<>();
        TreeSet<String> currencies = new TreeSet<>();
        jdbc.query("""
                SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM'), currency, sum(amount) FROM payments
                WHERE organization_id = ? AND deleted_at IS NULL AND received_at >= ? AND received_at < ?
                GROUP BY 1, 2""", rs -> {
            currencies.add(rs.getString(2));
            slot(byKey, rs.getString(1), rs.getString(2))[0] = rs.getBigDecimal(3);
        }, organizationId, start, end);
        jdbc.query("""
                SELECT to_char(refunded_at AT TIME ZONE 'UTC', 'YYYY-MM'), currency, sum(amount) FROM refunds
                WHERE organization_id = ? AND deleted_at IS NULL AND refunded_at >= ? AND refunded_at < ?
                GROUP BY 1, 2""", rs -> {
            currencies.add(rs.getString(2));
            slot(byKey, rs.getString(1), rs.getString(2))[1] = rs.getBigDecimal(3);
        }, organizationId, start, end);
        List<RevenueMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            for (String currency : currencies) {
                BigDecimal[] amounts = byKey.getOrDefault(month + "|" + currency,
                        new BigDecimal[] {null, null});
                BigDecimal received = amounts[0] == null ? BigDecimal.ZERO.setScale(2) : amounts[0];
                BigDecimal refunded = amounts[1] == null ? BigDecimal.ZERO.setScale(2) : amounts[1];
                months.add(new RevenueMonth(month.toString(), currency, received, refunded, received.subtract(refunded)));
            }
        }
        return months;
    }

    private static BigDecimal[] slot(Map<String, BigDecimal[]> byKey, String month,
            String currency) {
        return byKey.computeIfAbsent(month + "|" + currency, k -> new BigDecimal[] {null, null});
    }
}
