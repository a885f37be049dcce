package com.hockeyhub.payment.invoice;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InvoiceApiTest extends PaymentApiTestBase {

    @Autowired
    TransactionTemplate transaction;

    @Test
    void taxAndTotalsAreExactToTheCent() throws Exception {
        Club club = club();
        String json = """
                {"payerId":"%s","playerId":"%s","description":"Camp","currency":"EUR","taxRate":25,
                 "dueDate":"%s","issue":true,"lines":[{"description":"Camp week","quantity":3,"unitPrice":33.33},
                 {"description":"Jersey","quantity":1,"unitPrice":0.01}]}
                """.formatted(club.parentId, club.childId, today().plusDays(10));
        MvcResult created = mvc.perform(postAs(club.admin(), json, "/api/invoices")).andExpect(status().isCreated())
                .andReturn();
        JsonNode invoice = json(created);
        // 3 × 33.33 + 0.01 = 100.00; 25 % = 25.00; total 125.00
        assertThat(money(invoice.get("subtotal"))).isEqualByComparingTo("100.00");
        assertThat(money(invoice.get("tax"))).isEqualByComparingTo("25.00");
        assertThat(money(invoice.get("total"))).isEqualByComparingTo("125.00");
        assertThat(invoice.get("lines").get(0).get("amount").asString()).isEqualTo("99.99");
        assertThat(invoice.get("number").asString()).matches("\\d{4}-000001");
        assertThat(invoice.get("status").asString()).isEqualTo("open");

        // half-up to the cent: 10.05 × 12.5 % = 1.25625 → 1.26
        UUID other = createInvoice(club, invoiceJson(club.parentId, null, "EUR", "10.05", "12.5",
                today().plusDays(5), false));
        JsonNode draft = invoice(club, other);
        assertThat(money(draft.get("tax"))).isEqualByComparingTo("1.26");
        assertThat(money(draft.get("total"))).isEqualByComparingTo("11.31");
        assertThat(draft.has("number")).as("a draft has no number").isFalse();
        // a currency without minor units: whole amounts only
        mvc.perform(postAs(club.admin(), invoiceJson(club.parentId, null, "JPY", "1500", "10", today().plusDays(5),
                true), "/api/invoices")).andExpect(status().isCreated()).andExpect(jsonPath("$.total").value(1650));
        assertThat(outbox(club)).isEqualTo(2);
    }

    private int outbox(Club club) {
        return count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'payment.invoice.issued' "
                + "AND organization_id = ?", club.id);
    }

    @Test
    void badInputIsA400NamingTheFieldAndCreatesNothing() throws Exception {
        Club club = club();
        Club rival = club();
        record Case(String json, String field) {
        }
        List<Case> cases = List.of(
                // a bill names people of the club only: not another club's, not someone unknown
                new Case(invoiceJson(rival.parentId, null, "EUR", "10", "0", today().plusDays(5), false), "payerId"),
                new Case(invoiceJson(club.parentId, rival.childId, "EUR", "10", "0", today().plusDays(5), false),
                        "playerId"),
                new Case(invoiceJson(UUID.randomUUID(), club.childId, "EUR", "10", "0", today().plusDays(5), false),
                        "payerId"),
                new Case(invoiceJson(club.parentId, UUID.randomUUID(), "EUR", "10", "0", today().plusDays(5), false),
                        "playerId"),
                new Case(invoiceJson(club.parentId, null, "EUR", "-1.00", "0", today().plusDays(5), false),
                        "lines[0].unitPrice"),
                new Case(invoiceJson(club.parentId, null, "EUR", "0", "0", today().plusDays(5), false),
                        "lines[0].unitPrice"),
                new Case(invoiceJson(club.parentId, null, "EUR", "1.001", "0", today().plusDays(5), false),
                        "lines[0].unitPrice"),
                new Case(invoiceJson(club.parentId, null, "JPY", "10.50", "0", today().plusDays(5), false),
                        "lines[0].unitPrice"),
                new Case(invoiceJson(club.parentId, null, "EURO", "10", "0", today().plusDays(5), false), "currency"),
                new Case(invoiceJson(club.parentId, null, "XYZ", "10", "0", today().plusDays(5), false), "currency"),
                new Case(invoiceJson(club.parentId, null, "BHD", "10", "0", today().plusDays(5), false), "currency"),
                new Case(invoiceJson(club.parentId, null, "EUR", "10", "100.5", today().plusDays(5), false),
                        "taxRate"),
                new Case(invoiceJson(club.parentId, null, "EUR", "10", "-1", today().plusDays(5), false), "taxRate"),
                new Case(invoiceJson(club.parentId, null, "EUR", "10", "0", today().minusDays(1), true), "dueDate"),
                new Case(invoiceJson(club.parentId, null, "EUR", "9999999999.99", "25", today().plusDays(5), false),
                        "lines"),
                new Case("{\"description\":\"x\",\"currency\":\"EUR\",\"dueDate\":\"%s\",\"lines\":[]}"
                        .formatted(today()), "payerId"));
        for (Case c : cases) {
            MvcResult result = mvc.perform(postAs(club.admin(), c.json(), "/api/invoices")).andReturn();
            assertThat(result.getResponse().getStatus()).as(c.json() + body(result)).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).contains("application/problem+json");
            List<String> fields = new ArrayList<>();
            json(result).get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).as(body(result)).contains(c.field());
        }
        assertThat(count("SELECT count(*) FROM invoices WHERE organization_id = ?", club.id)).isZero();
        assertThat(count("SELECT count(*) FROM invoices WHERE organization_id = ?", rival.id)).isZero();
        mvc.perform(postAs(club.admin(), "{not json", "/api/invoices")).andExpect(status().isBadRequest());
    }

    @Test
    void aDraftWhoseDueDatePassedIsIssuedOnceItsDueDateChanges() throws Exception {
        Club club = club();
        UUID draft = createInvoice(club, invoiceJson(club.parentId, club.childId, "EUR", "20.00", "0",
                today().minusDays(3), false));
        mvc.perform(postAs(club.admin(), "", "/api/invoices/{id}/issue", draft))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(putAs(club.admin(), "{}", "/api/invoices/{id}/due-date", draft)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        mvc.perform(putAs(club.parent(), "{\"dueDate\":\"%s\"}".formatted(today().plusDays(7)),
                "/api/invoices/{id}/due-date", draft)).andExpect(status().isForbidden());
        mvc.perform(putAs(club().admin(), "{\"dueDate\":\"%s\"}".formatted(today().plusDays(7)),
                "/api/invoices/{id}/due-date", draft)).andExpect(status().isNotFound());
        mvc.perform(putAs(club.admin(), "{\"dueDate\":\"%s\"}".formatted(today().plusDays(7)),
                "/api/invoices/{id}/due-date", draft)).andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value(today().plusDays(7).toString()))
                .andExpect(jsonPath("$.status").value("draft"));
        mvc.perform(postAs(club.admin(), "", "/api/invoices/{id}/issue", draft)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("open"));
        // an issued invoice's due date is part of what was sent to the payer: 409 naming the state
        mvc.perform(putAs(club.admin(), "{\"dueDate\":\"%s\"}".formatted(today().plusDays(30)),
                "/api/invoices/{id}/due-date", draft)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Invoice is open")));
        assertThat(invoice(club, draft).get("dueDate").asString()).isEqualTo(today().plusDays(7).toString());
    }

    @Test
    void numbersAreGapFreeUnderTwentyConcurrentIssues() throws Exception {
        Club club = club();
        List<UUID> drafts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drafts.add(createInvoice(club, "10.00", false));
        }
        // one issue fails and rolls back: its number must not be lost
        UUID broken = createInvoice(club, "10.00", false);
        jdbc.update("UPDATE invoices SET due_date = current_date - 1 WHERE id = ?", broken);
        ExecutorService pool = Executors.newFixedThreadPool(21);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        String admin = club.admin();
        try {
            for (UUID draft : drafts) {
                results.add(pool.submit(() -> {
                    go.await();
                    return mvc.perform(postAs(admin, "", "/api/invoices/{id}/issue", draft)).andReturn().getResponse()
                            .getStatus();
                }));
            }
            results.add(pool.submit(() -> {
                go.await();
                return mvc.perform(postAs(admin, "", "/api/invoices/{id}/issue", broken)).andReturn().getResponse()
                        .getStatus();
            }));
            go.countDown();
            for (int i = 0; i < 20; i++) {
                assertThat(results.get(i).get()).isEqualTo(200);
            }
            assertThat(results.get(20).get()).isEqualTo(422);
        } finally {
            pool.shutdownNow();
        }
        List<Integer> sequence = jdbc.queryForList("SELECT number_seq FROM invoices WHERE organization_id = ? "
                + "AND number IS NOT NULL ORDER BY number_seq", Integer.class, club.id);
        assertThat(sequence).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(sequence.get(i)).isEqualTo(i + 1);
        }
        assertThat(count("SELECT count(DISTINCT number) FROM invoices WHERE organization_id = ?", club.id))
                .isEqualTo(20);
        // another club counts on its own
        Club other = club();
        JsonNode first = invoice(other, createInvoice(other, "5.00", true));
        assertThat(first.get("number").asString()).endsWith("-000001");
    }

    @Test
    void aParentSeesOnlyTheirFamilysBillsAndAnotherClubNothing() throws Exception {
        Club club = club();
        UUID ours = createInvoice(club, "10.00", true);
        UUID forChildOnly = createInvoice(club, invoiceJson(personOf(club), club.childId, "EUR", "11.00", "0",
                today().plusDays(9), true));
        UUID strangers = createInvoice(club, invoiceJson(personOf(club), personOf(club), "EUR", "12.00", "0",
                today().plusDays(9), true));

        JsonNode mine = json(mvc.perform(getAs(club.parent(), "/api/invoices")).andExpect(status().isOk()).andReturn());
        List<String> ids = new ArrayList<>();
        mine.get("content").forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrder(ours.toString(), forChildOnly.toString());
        mvc.perform(getAs(club.parent(), "/api/invoices/{id}", strangers)).andExpect(status().isNotFound());
        mvc.perform(getAs(club.as(Role.PARENT), "/api/invoices/{id}", ours)).andExpect(status().isNotFound());
        mvc.perform(getAs(club.as(Role.PARENT), "/api/invoices")).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(getAs(club.child(), "/api/invoices/{id}", ours)).andExpect(status().isOk());
        mvc.perform(getAs(club.admin(), "/api/invoices?status=open")).andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(getAs(club.admin(), "/api/invoices?status=opened")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(getAs(club.admin(), "/api/invoices?payerId={p}", club.parentId))
                .andExpect(jsonPath("$.totalElements").value(1));

        Club other = club();
        mvc.perform(getAs(other.admin(), "/api/invoices/{id}", ours)).andExpect(status().isNotFound());
        mvc.perform(getAs(other.admin(), "/api/invoices/{id}/pdf", ours)).andExpect(status().isNotFound());
        mvc.perform(postAs(other.admin(), "", "/api/invoices/{id}/void", ours)).andExpect(status().isNotFound());
        mvc.perform(getAs(other.admin(), "/api/invoices")).andExpect(jsonPath("$.totalElements").value(0));
        // a filter naming another club's person is someone missing, not an empty page (issue 23)
        mvc.perform(getAs(other.admin(), "/api/invoices?playerId={p}", club.childId)).andExpect(status().isNotFound());
        mvc.perform(getAs(other.admin(), "/api/invoices?payerId={p}", club.parentId)).andExpect(status().isNotFound());
        mvc.perform(getAs(other.parent(), "/api/invoices?playerId={p}", club.childId)).andExpect(status().isNotFound());
        mvc.perform(getAs(club.admin(), "/api/invoices?playerId={p}", club.childId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(postAs(club.parent(), "", "/api/invoices/{id}/void", ours)).andExpect(status().isForbidden());
        mvc.perform(postAs(club.as(Role.COACH), invoiceJson(club, "1.00", true), "/api/invoices"))
                .andExpect(status().isForbidden());
        mvc.perform(getAs(null, "/api/invoices")).andExpect(status().isUnauthorized());
        mvc.perform(getAs(club.admin(), "/api/invoices/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
        assertThat(invoice(club, ours).get("status").asString()).isEqualTo("open");

        // row-level security: a club member's connection sees no other club's rows even without a filter
        Integer visible = transaction.execute(s -> {
            jdbc.execute("SELECT set_config('hockeyhub.organization_id', '" + other.id + "', true)");
            return jdbc.queryForObject("SELECT count(*) FROM invoices WHERE id = ?", Integer.class, ours);
        });
        assertThat(visible).isZero();
    }

    @Test
    void theInvoicePdfShowsNumberLinesAndTotals() throws Exception {
        Club club = club();
        UUID id = createInvoice(club, invoiceJson(club.parentId, club.childId, "EUR", "250.50", "25",
                today().plusDays(14), true));
        JsonNode invoice = invoice(club, id);
        MvcResult pdf = mvc.perform(getAs(club.parent(), "/api/invoices/{id}/pdf", id)).andExpect(status().isOk())
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition"))
                .contains("invoice-" + invoice.get("number").asString() + ".pdf");
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf.getResponse().getContentAsByteArray()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains(invoice.get("number").asString()).contains("Ice time").contains("250.50 EUR")
                .contains("62.63 EUR").contains("313.13 EUR");
        mvc.perform(getAs(club.as(Role.PARENT), "/api/invoices/{id}/pdf", id)).andExpect(status().isNotFound());

        // text beyond Latin-1 in a description still gives the payer a PDF, never a 500
        UUID unicode = createInvoice(club, invoiceJson(club.parentId, club.childId, "EUR", "10.00", "0",
                today().plusDays(14), true).replace("\"description\":\"Ice time\"",
                "\"description\":\"Jäähalli – Лёд 🏒\""));
        MvcResult other = mvc.perform(getAs(club.parent(), "/api/invoices/{id}/pdf", unicode))
                .andExpect(status().isOk()).andReturn();
        String page = new PdfTextExtractor(new PdfReader(new ByteArrayInputStream(
                other.getResponse().getContentAsByteArray()))).getTextFromPage(1);
        assertThat(page).contains("Jäähalli").contains("10.00 EUR");
    }
}
