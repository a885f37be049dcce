package com.hockeyhub.payment.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice state machine, table-driven over HTTP: every state × every action. Allowed actions succeed and land in
 * the expected state; every other one is a 409 naming the current state and leaves the invoice's balance as it was.
 */
@IntegrationTest
class InvoiceStateMachineTest extends PaymentApiTestBase {

    @Autowired
    OverdueSweep sweep;

    enum Action { ISSUE, VOID, PAY_PART, PAY_FULL, REFUND }

    /** The expected outcome: the resulting state, or null for a 409. */
    private static final Map<InvoiceStatus, Map<Action, InvoiceStatus>> TABLE = new LinkedHashMap<>();

    static {
        row(InvoiceStatus.DRAFT, InvoiceStatus.OPEN, InvoiceStatus.VOID, null, null, null);
        row(InvoiceStatus.OPEN, null, InvoiceStatus.VOID, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, null);
        row(InvoiceStatus.PARTIALLY_PAID, null, null, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID,
                InvoiceStatus.REFUNDED);
        row(InvoiceStatus.PAID, null, null, null, null, InvoiceStatus.REFUNDED);
        row(InvoiceStatus.OVERDUE, null, InvoiceStatus.VOID, InvoiceStatus.OVERDUE, InvoiceStatus.PAID, null);
        row(InvoiceStatus.VOID, null, null, null, null, null);
        row(InvoiceStatus.REFUNDED, null, null, null, null, InvoiceStatus.REFUNDED);
    }

    private static void row(InvoiceStatus from, InvoiceStatus issue, InvoiceStatus voided, InvoiceStatus payPart,
            InvoiceStatus payFull, InvoiceStatus refund) {
        Map<Action, InvoiceStatus> outcomes = new LinkedHashMap<>();
        outcomes.put(Action.ISSUE, issue);
        outcomes.put(Action.VOID, voided);
        outcomes.put(Action.PAY_PART, payPart);
        outcomes.put(Action.PAY_FULL, payFull);
        outcomes.put(Action.REFUND, refund);
        TABLE.put(from, outcomes);
    }

    /** An invoice of 100.00 EUR in {@code state}, and the id of its first payment (if any). */
    private record Fixture(UUID invoiceId, UUID paymentId) {
    }

    private Fixture inState(Club club, InvoiceStatus state) throws Exception {
        UUID invoice = createInvoice(club, "100.00", state != InvoiceStatus.DRAFT && state != InvoiceStatus.VOID);
        UUID payment = null;
        switch (state) {
            case DRAFT, OPEN -> { }
            case VOID -> expect(post(club, invoice, "void"), 200);
            case PARTIALLY_PAID -> payment = paymentId(pay(club.admin(), invoice, "40.00", "cash"));
            case PAID -> payment = paymentId(pay(club.admin(), invoice, "100.00", "cash"));
            case REFUNDED -> {
                payment = paymentId(pay(club.admin(), invoice, "100.00", "cash"));
                expect(refund(club.admin(), payment, "10.00"), 201);
            }
            case OVERDUE -> {
                jdbc.update("UPDATE invoices SET issue_date = issue_date - 20, due_date = issue_date - 15 WHERE id = ?",
                        invoice);
                sweep.markOverdue(today());
            }
        }
        assertThat(invoice(club, invoice).get("status").asString()).isEqualTo(state.value());
        return new Fixture(invoice, payment);
    }

    @Test
    void everyStateAndActionFollowsTheTable() throws Exception {
        Club club = club();
        List<String> failures = new ArrayList<>();
        Set<InvoiceStatus> reached = EnumSet.noneOf(InvoiceStatus.class);
        for (var row : TABLE.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                InvoiceStatus from = row.getKey();
                Action action = cell.getKey();
                InvoiceStatus expected = cell.getValue();
                if (action == Action.REFUND && EnumSet.of(InvoiceStatus.DRAFT, InvoiceStatus.OPEN, InvoiceStatus.VOID,
                        InvoiceStatus.OVERDUE).contains(from)) {
                    continue; // no payment to refund in these states
                }
                Fixture fixture = inState(club, from);
                JsonNode before = invoice(club, fixture.invoiceId());
                MvcResult result = act(club, fixture, action, before);
                int status = result.getResponse().getStatus();
                JsonNode after = invoice(club, fixture.invoiceId());
                String what = from.value() + " --" + action + "--> ";
                if (expected == null) {
                    if (status != 409) {
                        failures.add(what + "expected 409 but got " + status + " " + body(result));
                    } else if (!json(result).get("detail").asString().contains("Invoice is " + from.value())) {
                        failures.add(what + "409 does not name the state: " + body(result));
                    }
                    if (!after.get("status").asString().equals(from.value())
                            || money(after.get("paidAmount")).compareTo(money(before.get("paidAmount"))) != 0
                            || money(after.get("refundedAmount")).compareTo(money(before.get("refundedAmount"))) != 0) {
                        failures.add(what + "a refused action changed the invoice: " + after);
                    }
                } else {
                    if (status >= 300) {
                        failures.add(what + "expected success but got " + status + " " + body(result));
                    } else if (!after.get("status").asString().equals(expected.value())) {
                        failures.add(what + "expected " + expected.value() + " but is " + after.get("status"));
                    } else {
                        reached.add(expected);
                    }
                }
            }
        }
        assertThat(failures).as("state machine violations").isEmpty();
        assertThat(reached).as("every state is reachable").containsAll(EnumSet.complementOf(EnumSet.of(
                InvoiceStatus.DRAFT)));
    }

    @Test
    void theTableMatchesTheDeclaredTransitions() {
        // every declared transition out of each state (besides the sweep's overdue) is exercised by the table
        for (InvoiceStatus from : InvoiceStatus.values()) {
            Set<InvoiceStatus> exercised = EnumSet.noneOf(InvoiceStatus.class);
            TABLE.get(from).values().stream().filter(s -> s != null && s != from).forEach(exercised::add);
            Set<InvoiceStatus> declared = EnumSet.copyOf(from.next().isEmpty() ? EnumSet.noneOf(InvoiceStatus.class)
                    : from.next());
            declared.remove(InvoiceStatus.OVERDUE); // only the sweep moves there (OverdueSweepTest)
            declared.remove(from);
            assertThat(exercised).as("transitions out of " + from).isEqualTo(declared);
        }
    }

    /**
     * The row the table cannot build from an open invoice: partially_paid → overdue (the sweep), and what an overdue
     * invoice with money on it allows — part payments keep it overdue, refunds and voiding are 409s naming the state
     * and change nothing, paying the rest makes it paid (and then refundable).
     */
    @Test
    void aPartlyPaidInvoiceGoesOverdueAndFollowsTheTableFromThere() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "100.00", true);
        UUID payment = paymentId(pay(club.admin(), invoice, "40.00", "cash"));
        jdbc.update("UPDATE invoices SET issue_date = issue_date - 20, due_date = issue_date - 15 WHERE id = ?",
                invoice);
        sweep.markOverdue(today());
        assertThat(invoice(club, invoice).get("status").asString()).isEqualTo("overdue");

        JsonNode before = invoice(club, invoice);
        for (MvcResult refused : List.of(refund(club.admin(), payment, "10.00"), post(club, invoice, "void"),
                post(club, invoice, "issue"))) {
            assertThat(refused.getResponse().getStatus()).as(body(refused)).isEqualTo(409);
            assertThat(json(refused).get("detail").asString()).contains("Invoice is overdue");
        }
        JsonNode after = invoice(club, invoice);
        assertThat(after.get("status").asString()).isEqualTo("overdue");
        assertThat(money(after.get("paidAmount"))).isEqualByComparingTo(money(before.get("paidAmount")));
        assertThat(money(after.get("refundedAmount"))).isEqualByComparingTo("0.00");

        assertThat(json(pay(club.admin(), invoice, "10.00", "cash")).get("invoiceStatus").asString())
                .isEqualTo("overdue");
        assertThat(pay(club.admin(), invoice, "50.01", "cash").getResponse().getStatus()).isEqualTo(422);
        assertThat(json(pay(club.admin(), invoice, "50.00", "cash")).get("invoiceStatus").asString())
                .isEqualTo("paid");
        MvcResult refunded = refund(club.admin(), payment, "40.00");
        assertThat(refunded.getResponse().getStatus()).as(body(refunded)).isEqualTo(201);
        assertThat(json(refunded).get("invoiceStatus").asString()).isEqualTo("refunded");
    }

    private MvcResult act(Club club, Fixture fixture, Action action, JsonNode before) throws Exception {
        return switch (action) {
            case ISSUE -> post(club, fixture.invoiceId(), "issue");
            case VOID -> post(club, fixture.invoiceId(), "void");
            case PAY_PART -> pay(club.admin(), fixture.invoiceId(), "10.00", "cash");
            case PAY_FULL -> {
                BigDecimal due = money(before.get("balanceDue"));
                yield pay(club.admin(), fixture.invoiceId(), due.signum() > 0 ? due.toPlainString() : "100.00", "cash");
            }
            case REFUND -> refund(club.admin(), fixture.paymentId(), "10.00");
        };
    }

    private MvcResult post(Club club, UUID invoice, String action) throws Exception {
        return mvc.perform(postAs(club.admin(), "{}", "/api/invoices/{id}/" + action, invoice)).andReturn();
    }

    private static UUID paymentId(MvcResult result) throws Exception {
        expect(result, 201);
        return UUID.fromString(json(result).get("id").asString());
    }

    private static void expect(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status);
    }
}
