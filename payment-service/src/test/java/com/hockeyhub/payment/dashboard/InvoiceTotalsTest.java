package com.hockeyhub.payment.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.payment.invoice.OverdueSweep;
import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The club dashboard's running totals ({@code invoice_totals}, kept by a trigger on invoices) against a from-scratch
 * SUM over the invoices, to the cent, after every kind of change an invoice goes through.
 */
@IntegrationTest
class InvoiceTotalsTest extends PaymentApiTestBase {

    @Autowired
    OverdueSweep sweep;
    @Autowired
    JdbcRoster roster;
    @Autowired
    TransactionTemplate transaction;

    /** currency/status → "count total paid refunded", from the running totals (rows that count something). */
    private Map<String, String> runningTotals(UUID club) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.query("""
                SELECT currency || '/' || status, invoice_count || ' ' || total_sum || ' ' || paid_sum || ' ' || refunded_sum
                FROM invoice_totals WHERE organization_id = ? AND invoice_count > 0""",
                rs -> {
                    rows.put(rs.getString(1), rs.getString(2));
                }, club);
        return rows;
    }

    /** The same, summed from scratch over the club's live invoices. */
    private Map<String, String> fromScratch(UUID club) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.query("""
                SELECT currency || '/' || status,
                       count(*) || ' ' || sum(total) || ' ' || sum(paid_amount) || ' ' || sum(refunded_amount)
                FROM invoices WHERE organization_id = ? AND deleted_at IS NULL GROUP BY currency, status""",
                rs -> {
                    rows.put(rs.getString(1), rs.getString(2));
                }, club);
        return rows;
    }

    private void assertExact(UUID club) {
        assertThat(runningTotals(club)).isEqualTo(fromScratch(club));
        assertThat(count("""
                SELECT count(*) FROM invoice_totals WHERE organization_id = ? AND invoice_count = 0
                AND (total_sum <> 0 OR paid_sum <> 0 OR refunded_sum <> 0)""", club))
                .as("a status with no invoices left holds no money").isZero();
    }

    private UUID paymentId(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    private void ok(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(body(result)).isBetween(200, 201);
    }

    private String statusOf(UUID invoice) {
        return jdbc.queryForObject("SELECT status FROM invoices WHERE id = ?", String.class, invoice);
    }

    @Test
    void everyKindOfChangeKeepsTheRunningTotalsExactToTheCent() throws Exception {
        Club club = club();
        createInvoice(club, "20.00", false);                                        // stays a draft
        UUID draftVoided = createInvoice(club, "15.00", false);
        UUID draftIssued = createInvoice(club, "12.34", false);
        UUID deleted = createInvoice(club, "7.00", false);
        UUID refundedTwice = createInvoice(club, "100.00", true);
        UUID openVoided = createInvoice(club, "50.00", true);
        UUID lateThenPaidOnAccount = createInvoice(club, "80.00", true);
        UUID lateVoided = createInvoice(club, "40.00", true);
        UUID partRefunded = createInvoice(club, "60.00", true);
        createInvoice(club, invoiceJson(club.parentId, club.childId, "EUR", "19.99", "25", today().plusDays(9), true));
        UUID kronor = createInvoice(club, invoiceJson(club.parentId, null, "SEK", "1000.00", "12", today().plusDays(9),
                true));

        ok(mvc.perform(postAs(club.admin(), "", "/api/invoices/{id}/void", draftVoided)).andReturn());
        ok(mvc.perform(postAs(club.admin(), "", "/api/invoices/{id}/issue", draftIssued)).andReturn());
        jdbc.update("UPDATE invoices SET deleted_at = now() WHERE id = ?", deleted);
        ok(pay(club.admin(), refundedTwice, "33.33", "cash"));
        ok(pay(club.admin(), refundedTwice, "0.01", "card"));
        UUID last = paymentId(pay(club.admin(), refundedTwice, "66.66", "bank_transfer"));
        ok(refund(club.admin(), last, "10.00"));
        ok(refund(club.admin(), last, "5.55"));
        ok(mvc.perform(postAs(club.admin(), "", "/api/invoices/{id}/void", openVoided)).andReturn());
        ok(pay(club.admin(), lateThenPaidOnAccount, "30.00", "cash"));
        UUID refundedPart = paymentId(pay(club.admin(), partRefunded, "10.00", "cash"));
        ok(refund(club.admin(), refundedPart, "10.00"));
        ok(pay(club.admin(), kronor, "0.50", "cash"));

        // the sweep's bulk UPDATE, then money on an overdue invoice (its status stays, its sums move) and a void
        jdbc.update("UPDATE invoices SET issue_date = issue_date - 20, due_date = issue_date - 15 WHERE id IN (?, ?)",
                lateThenPaidOnAccount, lateVoided);
        sweep.markOverdue(today());
        ok(pay(club.admin(), lateThenPaidOnAccount, "20.00", "cash"));
        ok(mvc.perform(postAs(club.admin(), "", "/api/invoices/{id}/void", lateVoided)).andReturn());

        // season fees in instalments, one of them paid
        UUID team = UUID.randomUUID();
        roster.saveTeam(new RosterTeam(team, club.id, "U16 totals", "U16", "2026-2027"), true);
        for (int i = 0; i < 2; i++) {
            roster.saveMember(new RosterMember(team, UUID.randomUUID(), club.id, "player", i + 1, "wing"), true);
        }
        ok(mvc.perform(postAs(club.admin(), """
                {"teamId":"%s","season":"2026-2027","amount":1000.00,"currency":"EUR","taxRate":25,"instalments":3,
                 "firstDueDate":"%s","monthsBetween":1}""".formatted(team, today().plusDays(5)), "/api/season-fees"))
                .andReturn());
        UUID instalment = jdbc.queryForObject("SELECT id FROM invoices WHERE team_id = ? ORDER BY instalment_no, id "
                + "LIMIT 1", UUID.class, team);
        ok(pay(club.admin(), instalment, "100.00", "cash"));

        // concurrent payments on different invoices of the one club (each writer moves the same totals rows)
        List<UUID> concurrent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            concurrent.add(createInvoice(club, "10.00", true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < concurrent.size(); i++) {
            UUID invoice = concurrent.get(i);
            String amount = i % 3 == 0 ? "10.00" : "3.33";
            runs.add(pool.submit(() -> {
                go.await();
                return pay(club.admin(), invoice, amount, "cash").getResponse().getStatus();
            }));
        }
        go.countDown();
        for (Future<Integer> run : runs) {
            assertThat(run.get()).isEqualTo(201);
        }
        pool.shutdown();

        // the paths really ran
        assertThat(statusOf(refundedTwice)).isEqualTo("refunded");
        assertThat(statusOf(partRefunded)).isEqualTo("refunded");
        assertThat(statusOf(lateThenPaidOnAccount)).isEqualTo("overdue");
        assertThat(jdbc.queryForObject("SELECT paid_amount FROM invoices WHERE id = ?", BigDecimal.class,
                lateThenPaidOnAccount)).isEqualByComparingTo("50.00");
        assertThat(statusOf(lateVoided)).isEqualTo("void");
        assertThat(statusOf(draftIssued)).isEqualTo("open");
        assertThat(statusOf(instalment)).isEqualTo("partially_paid");

        assertExact(club.id);
        Map<String, String> totals = runningTotals(club.id);
        assertThat(totals).containsEntry("EUR/overdue", "1 80.00 50.00 0.00")
                .containsEntry("EUR/refunded", "2 160.00 110.00 25.55")
                .containsEntry("EUR/void", "3 105.00 0.00 0.00")
                .containsEntry("SEK/partially_paid", "1 1120.00 0.50 0.00");
        assertThat(totals.get("EUR/draft")).isEqualTo("1 20.00 0.00 0.00");

        // and the dashboard shows exactly the from-scratch figures
        JsonNode eur = json(mvc.perform(getAs(club.admin(), "/api/payments/dashboard")).andExpect(status().isOk())
                .andReturn()).get("club").get("totals").get(0);
        Map<String, Object> scratch = jdbc.queryForMap("""
                SELECT sum(total) FILTER (WHERE status NOT IN ('draft', 'void')) AS invoiced, sum(paid_amount) AS paid,
                       sum(refunded_amount) AS refunded,
                       sum(total - paid_amount) FILTER (WHERE status IN ('open', 'partially_paid', 'overdue')) AS outstanding,
                       sum(total - paid_amount) FILTER (WHERE status = 'overdue') AS overdue
                FROM invoices WHERE organization_id = ? AND currency = 'EUR' AND deleted_at IS NULL""", club.id);
        for (String field : List.of("invoiced", "paid", "refunded", "outstanding", "overdue")) {
            assertThat(eur.get(field).decimalValue()).as(field).isEqualByComparingTo((BigDecimal) scratch.get(field));
        }
        assertThat(eur.get("overdueCount").asInt()).isEqualTo(1);
    }

    @Test
    void theDashboardShowsOnlyTheCallersClubAndItsRowsAreHiddenFromOtherClubs() throws Exception {
        Club ours = club();
        Club other = club();
        UUID late = createInvoice(ours, "70.00", true);
        createInvoice(other, invoiceJson(other.parentId, null, "EUR", "5.00", "0", today().plusDays(3), true));
        jdbc.update("UPDATE invoices SET issue_date = issue_date - 20, due_date = issue_date - 15 WHERE id = ?", late);
        sweep.markOverdue(today());

        JsonNode mine = json(mvc.perform(getAs(ours.admin(), "/api/payments/dashboard")).andExpect(status().isOk())
                .andReturn()).get("club");
        assertThat(mine.get("totals").size()).isEqualTo(1);
        assertThat(mine.get("totals").get(0).get("overdue").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(mine.get("oldestOverdue").get(0).get("id").asString()).isEqualTo(late.toString());

        JsonNode theirs = json(mvc.perform(getAs(other.admin(), "/api/payments/dashboard")).andExpect(status().isOk())
                .andReturn()).get("club");
        assertThat(theirs.get("totals").get(0).get("invoiced").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(theirs.get("totals").get(0).get("overdueCount").asInt()).isZero();
        assertThat(theirs.get("oldestOverdue").size()).isZero();

        // row-level security: another club's connection sees none of our running totals, even without a filter
        Integer visible = transaction.execute(s -> {
            jdbc.execute("SELECT set_config('hockeyhub.organization_id', '" + other.id + "', true)");
            return jdbc.queryForObject("SELECT count(*) FROM invoice_totals WHERE organization_id = ?", Integer.class,
                    ours.id);
        });
        assertThat(visible).isZero();
        Integer failClosed = transaction.execute(s -> {
            jdbc.execute("SELECT set_config('hockeyhub.organization_id', '', true)");
            return jdbc.queryForObject("SELECT count(*) FROM invoice_totals", Integer.class);
        });
        assertThat(failClosed).as("a connection that names no club sees nothing").isZero();
    }
}
