package com.hockeyhub.payment.dashboard;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.payment.invoice.OverdueSweep;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DashboardApiTest extends PaymentApiTestBase {

    @Autowired
    OverdueSweep sweep;

    @Test
    void theClubDashboardAddsUpAndFollowsEveryChange() throws Exception {
        Club club = club();
        createInvoice(club, "100.00", true);                                  // open 100
        UUID paid = createInvoice(club, "50.00", true);
        UUID partly = createInvoice(club, "30.00", true);
        createInvoice(club, "20.00", false);                                  // draft
        UUID late = createInvoice(club, "40.00", true);
        pay(club.admin(), paid, "50.00", "cash");
        pay(club.admin(), partly, "10.00", "cash");
        jdbc.update("UPDATE invoices SET issue_date = issue_date - 20, due_date = issue_date - 15 WHERE id = ?", late);
        sweep.markOverdue(today());

        JsonNode totals = json(mvc.perform(getAs(club.admin(), "/api/payments/dashboard")).andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("club")).andReturn()).get("club").get("totals").get(0);
        assertThat(totals.get("currency").asString()).isEqualTo("EUR");
        assertThat(money(totals.get("invoiced"))).isEqualByComparingTo("220.00");
        assertThat(money(totals.get("paid"))).isEqualByComparingTo("60.00");
        assertThat(money(totals.get("outstanding"))).isEqualByComparingTo("160.00");
        assertThat(money(totals.get("overdue"))).isEqualByComparingTo("40.00");
        assertThat(totals.get("draftCount").asInt()).isEqualTo(1);
        assertThat(totals.get("overdueCount").asInt()).isEqualTo(1);

        // cached, and invalidated by the next payment
        pay(club.admin(), late, "40.00", "cash");
        JsonNode after = json(mvc.perform(getAs(club.admin(), "/api/payments/dashboard")).andReturn()).get("club")
                .get("totals").get(0);
        assertThat(money(after.get("overdue"))).isEqualByComparingTo("0.00");
        assertThat(money(after.get("paid"))).isEqualByComparingTo("100.00");

        // the family view: what the parent owes
        JsonNode family = json(mvc.perform(getAs(club.parent(), "/api/payments/dashboard")).andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("family")).andReturn()).get("family");
        assertThat(money(family.get("owed").get(0).get("owed"))).isEqualByComparingTo("120.00");
        assertThat(family.get("history").size()).isEqualTo(4);
        assertThat(json(mvc.perform(getAs(club.as(Role.PARENT), "/api/payments/dashboard")).andReturn())
                .get("family").get("owed").size()).isZero();
        assertThat(json(mvc.perform(getAs(club().admin(), "/api/payments/dashboard")).andReturn()).get("club")
                .get("totals").size()).as("another club sees none of it").isZero();
    }

    @Test
    void revenuePerMonthNetsRefunds() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "90.00", true);
        UUID payment = UUID.fromString(json(pay(club.admin(), invoice, "90.00", "cash")).get("id").asString());
        refund(club.admin(), payment, "15.00");
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        JsonNode months = json(mvc.perform(getAs(club.admin(), "/api/payments/revenue?from={f}&to={t}",
                now.minusMonths(2), now)).andExpect(status().isOk()).andReturn());
        assertThat(months.size()).isEqualTo(3);
        JsonNode current = months.get(2);
        assertThat(current.get("month").asString()).isEqualTo(now.toString());
        assertThat(money(current.get("received"))).isEqualByComparingTo("90.00");
        assertThat(money(current.get("refunded"))).isEqualByComparingTo("15.00");
        assertThat(money(current.get("net"))).isEqualByComparingTo("75.00");
        assertThat(money(months.get(0).get("net"))).isEqualByComparingTo("0");
        mvc.perform(getAs(club.admin(), "/api/payments/revenue?from={f}&to={t}", now, now.minusMonths(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(getAs(club.admin(), "/api/payments/revenue?from=2020-01&to=2026-12"))
                .andExpect(status().isBadRequest());
        mvc.perform(getAs(club.admin(), "/api/payments/revenue?from=2026-13&to=2026-12"))
                .andExpect(status().isBadRequest());
        mvc.perform(getAs(club.parent(), "/api/payments/revenue?from={f}&to={t}", now, now))
                .andExpect(status().isForbidden());
        mvc.perform(getAs(null, "/api/payments/dashboard")).andExpect(status().isUnauthorized());
    }
}
