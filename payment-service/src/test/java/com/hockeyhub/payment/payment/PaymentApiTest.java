package com.hockeyhub.payment.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.payment.payment.SandboxCardProcessor.Outcome;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PaymentApiTest extends PaymentApiTestBase {

    @Autowired
    SandboxCardProcessor processor;
    @LocalServerPort
    int port;

    @AfterEach
    void clearScript() {
        processor.clearScript();
    }

    private int payments(UUID invoice) {
        return count("SELECT count(*) FROM payments WHERE invoice_id = ?", invoice);
    }

    private int outbox(String type, String field, UUID id) {
        return count("SELECT count(*) FROM hockeyhub_outbox WHERE type = ? AND envelope->'data'->>'" + field + "' = ?",
                type, id.toString());
    }

    @Test
    void aRepeatedRequestReturnsTheFirstAnswerWithoutPayingTwice() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "120.00", true);
        String key = "pay-" + UUID.randomUUID();
        MvcResult first = mvc.perform(postAs(club.admin(), paymentJson("50.00", "cash"), "/api/invoices/{id}/payments",
                invoice).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.invoiceStatus").value("partially_paid"))
                .andExpect(jsonPath("$.invoiceBalanceDue").value(70.00)).andReturn();
        MvcResult again = mvc.perform(postAs(club.admin(), paymentJson("50.00", "cash"), "/api/invoices/{id}/payments",
                invoice).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();
        assertThat(body(again)).isEqualTo(body(first));
        assertThat(payments(invoice)).isEqualTo(1);
        assertThat(money(invoice(club, invoice).get("paidAmount"))).isEqualByComparingTo("50.00");
        assertThat(outbox("payment.received", "invoiceId", invoice)).isEqualTo(1);

        // the same key with another body: 422, nothing changes
        mvc.perform(postAs(club.admin(), paymentJson("60.00", "cash"), "/api/invoices/{id}/payments", invoice)
                .header("Idempotency-Key", key)).andExpect(status().isUnprocessableContent());
        // a missing key: 400 naming the header
        mvc.perform(postAs(club.admin(), paymentJson("10.00", "cash"), "/api/invoices/{id}/payments", invoice))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(payments(invoice)).isEqualTo(1);
        assertThat(money(invoice(club, invoice).get("paidAmount"))).isEqualByComparingTo("50.00");
    }

    @Test
    void fiftyConcurrentIdenticalRequestsMakeOnePaymentAndFiftyIdenticalAnswers() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "80.00", true);
        String token = club.parent();
        String key = "concurrent-" + UUID.randomUUID();
        int chargesBefore = processor.chargesMade();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/invoices/" + invoice
                        + "/payments"))
                .header("Authorization", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(paymentJson("80.00", "card"))).build();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                bodies.add(response.body());
            }
            assertThat(bodies).as("50 identical answers").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(payments(invoice)).isEqualTo(1);
        assertThat(processor.chargesMade() - chargesBefore).as("one card charge").isEqualTo(1);
        JsonNode after = invoice(club, invoice);
        assertThat(after.get("status").asString()).isEqualTo("paid");
        assertThat(money(after.get("paidAmount"))).isEqualByComparingTo("80.00");
        assertThat(outbox("payment.invoice.paid", "invoiceId", invoice)).isEqualTo(1);
    }

    @Test
    void cardPaymentsStoreOnlyTheMaskedCardAndDeclinesChangeNothing() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "30.00", true);
        mvc.perform(postAs(club.parent(), "{\"amount\":10.00,\"method\":\"card\",\"cardToken\":\"tok_mastercard\"}",
                "/api/invoices/{id}/payments", invoice).header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.cardBrand").value("mastercard"))
                .andExpect(jsonPath("$.cardLast4").value("4444")).andExpect(jsonPath("$.provider").value("sandbox"));

        MvcResult declined = mvc.perform(postAs(club.parent(),
                "{\"amount\":10.00,\"method\":\"card\",\"cardToken\":\"tok_insufficient_funds\"}",
                "/api/invoices/{id}/payments", invoice).header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(body(declined)).contains("insufficient_funds");
        processor.script(Outcome.DECLINE);
        pay(club.parent(), invoice, "10.00", "card");
        assertThat(payments(invoice)).isEqualTo(1);
        assertThat(money(invoice(club, invoice).get("paidAmount"))).isEqualByComparingTo("10.00");
        // a card number is no token: refused before anything is stored
        mvc.perform(postAs(club.parent(), "{\"amount\":5.00,\"method\":\"card\",\"cardToken\":\"4242 4242 4242 4242\"}",
                "/api/invoices/{id}/payments", invoice).header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cardToken"));
        assertThat(count("SELECT count(*) FROM payments WHERE card_last4 !~ '^[0-9]{4}$'")).isZero();
    }

    @Test
    void savedCardsAreMaskedPrivateAndPayLikeTheCard() throws Exception {
        Club club = club();
        MvcResult saved = mvc.perform(postAs(club.parent(), "{\"cardToken\":\"tok_amex\"}", "/api/payment-methods"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.cardBrand").value("amex"))
                .andExpect(jsonPath("$.cardLast4").value("0005")).andReturn();
        assertThat(body(saved)).doesNotContain("sbx_pm_");
        UUID card = UUID.fromString(json(saved).get("id").asString());
        mvc.perform(getAs(club.parent(), "/api/payment-methods")).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(getAs(club.child(), "/api/payment-methods")).andExpect(jsonPath("$.length()").value(0));
        UUID invoice = createInvoice(club, "15.00", true);
        mvc.perform(postAs(club.parent(), "{\"amount\":15.00,\"method\":\"card\",\"paymentMethodId\":\"%s\"}"
                .formatted(card), "/api/invoices/{id}/payments", invoice)
                .header("Idempotency-Key", UUID.randomUUID().toString())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.cardLast4").value("0005")).andExpect(jsonPath("$.invoiceStatus").value("paid"));
        // someone else's saved card does not exist for the caller
        UUID second = createInvoice(club, "5.00", true);
        mvc.perform(postAs(club.child(), "{\"amount\":5.00,\"method\":\"card\",\"paymentMethodId\":\"%s\"}"
                .formatted(card), "/api/invoices/{id}/payments", second)
                .header("Idempotency-Key", UUID.randomUUID().toString())).andExpect(status().isNotFound());
        mvc.perform(auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                "/api/payment-methods/{id}", card), club.child())).andExpect(status().isNotFound());
        mvc.perform(auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                "/api/payment-methods/{id}", card), club.parent())).andExpect(status().isNoContent());
        mvc.perform(getAs(club.parent(), "/api/payment-methods")).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(postAs(club.parent(), "{\"cardToken\":\"tok_declined\"}", "/api/payment-methods"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aTimeoutIsRetriedWithTheSameKeyAndChargesOnce() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "25.00", true);
        String key = "timeout-" + UUID.randomUUID();
        processor.script(Outcome.TIMEOUT);
        mvc.perform(postAs(club.parent(), paymentJson("25.00", "card"), "/api/invoices/{id}/payments", invoice)
                .header("Idempotency-Key", key)).andExpect(status().isServiceUnavailable());
        assertThat(payments(invoice)).isZero();
        int charges = processor.chargesMade();
        mvc.perform(postAs(club.parent(), paymentJson("25.00", "card"), "/api/invoices/{id}/payments", invoice)
                .header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.invoiceStatus").value("paid"));
        assertThat(processor.chargesMade() - charges).isEqualTo(1);
        assertThat(payments(invoice)).isEqualTo(1);
    }

    @Test
    void badAmountsAndOverpaymentsAreRefusedWithoutChangingTheBalance() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "40.00", true);
        record Case(String body, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case("{\"amount\":-5,\"method\":\"cash\"}", 400, "amount"),
                new Case("{\"amount\":0,\"method\":\"cash\"}", 400, "amount"),
                new Case("{\"amount\":1.005,\"method\":\"cash\"}", 400, "amount"),
                new Case("{\"amount\":5,\"currency\":\"XYZ\",\"method\":\"cash\"}", 400, "currency"),
                new Case("{\"amount\":5,\"currency\":\"SEK\",\"method\":\"cash\"}", 400, "currency"),
                new Case("{\"amount\":5,\"method\":\"bitcoin\"}", 400, "method"),
                new Case("{\"amount\":5,\"method\":\"card\"}", 400, "cardToken"),
                new Case("{\"method\":\"cash\"}", 400, "amount"),
                new Case("{\"amount\":40.01,\"method\":\"cash\"}", 422, null));
        for (Case c : cases) {
            MvcResult result = mvc.perform(postAs(club.admin(), c.body(), "/api/invoices/{id}/payments", invoice)
                    .header("Idempotency-Key", UUID.randomUUID().toString())).andReturn();
            assertThat(result.getResponse().getStatus()).as(c.body() + " " + body(result)).isEqualTo(c.status());
            assertThat(result.getResponse().getContentType()).contains("application/problem+json");
            if (c.field() != null) {
                assertThat(json(result).get("errors").get(0).get("field").asString()).isEqualTo(c.field());
            }
        }
        assertThat(payments(invoice)).isZero();
        // parts add up exactly; the last cent can be paid, then nothing more
        assertThat(pay(club.admin(), invoice, "39.99", "bank_transfer").getResponse().getStatus()).isEqualTo(201);
        assertThat(pay(club.admin(), invoice, "0.02", "cash").getResponse().getStatus()).isEqualTo(422);
        assertThat(json(pay(club.admin(), invoice, "0.01", "cash")).get("invoiceStatus").asString()).isEqualTo("paid");
        assertThat(pay(club.admin(), invoice, "0.01", "cash").getResponse().getStatus()).isEqualTo(409);
        assertThat(money(invoice(club, invoice).get("paidAmount"))).isEqualByComparingTo("40.00");
    }

    @Test
    void refundsNeverExceedWhatWasPaidAndStatesFollow() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "100.00", true);
        UUID card = UUID.fromString(json(pay(club.parent(), invoice, "60.00", "card")).get("id").asString());
        UUID cash = UUID.fromString(json(pay(club.admin(), invoice, "40.00", "cash")).get("id").asString());

        assertThat(refund(club.admin(), card, "60.01").getResponse().getStatus()).isEqualTo(422);
        assertThat(refund(club.parent(), card, "10.00").getResponse().getStatus()).as("families cannot refund")
                .isEqualTo(403);
        assertThat(refund(club().admin(), card, "10.00").getResponse().getStatus()).as("another club").isEqualTo(404);
        assertThat(refund(club.admin(), card, "0").getResponse().getStatus()).isEqualTo(400);

        MvcResult partial = refund(club.admin(), card, "15.50");
        assertThat(partial.getResponse().getStatus()).as(body(partial)).isEqualTo(201);
        assertThat(json(partial).get("paymentStatus").asString()).isEqualTo("partially_refunded");
        assertThat(json(partial).get("invoiceStatus").asString()).isEqualTo("refunded");
        assertThat(json(partial).get("providerReference").asString()).startsWith("sbx_re_");
        assertThat(refund(club.admin(), card, "44.51").getResponse().getStatus()).isEqualTo(422);
        MvcResult rest = refund(club.admin(), card, "44.50");
        assertThat(json(rest).get("paymentStatus").asString()).isEqualTo("refunded");
        assertThat(refund(club.admin(), card, "0.01").getResponse().getStatus()).isEqualTo(422);
        assertThat(json(refund(club.admin(), cash, "40.00")).get("paymentStatus").asString()).isEqualTo("refunded");

        JsonNode after = invoice(club, invoice);
        assertThat(money(after.get("paidAmount"))).isEqualByComparingTo("100.00");
        assertThat(money(after.get("refundedAmount"))).isEqualByComparingTo("100.00");
        assertThat(after.get("status").asString()).isEqualTo("refunded");
        assertThat(count("SELECT count(*) FROM refunds WHERE invoice_id = ?", invoice)).isEqualTo(3);
        assertThat(outbox("payment.refunded", "invoiceId", invoice)).isEqualTo(3);
        mvc.perform(getAs(club.parent(), "/api/payments/{id}/refunds", card)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aRefundIsIdempotentByItsKeyToo() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "100.00", true);
        UUID payment = UUID.fromString(json(pay(club.parent(), invoice, "100.00", "card")).get("id").asString());
        int refundsBefore = processor.refundsMade();
        String key = "refund-" + UUID.randomUUID();
        String body = "{\"amount\":30.00,\"reason\":\"injury\"}";
        MvcResult first = mvc.perform(postAs(club.admin(), body, "/api/payments/{id}/refunds", payment)
                .header("Idempotency-Key", key)).andExpect(status().isCreated()).andReturn();
        MvcResult again = mvc.perform(postAs(club.admin(), body, "/api/payments/{id}/refunds", payment)
                .header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();
        assertThat(body(again)).isEqualTo(body(first));

        // the same key with another amount, or for another payment: 422; no key at all: 400 naming the header
        mvc.perform(postAs(club.admin(), "{\"amount\":40.00}", "/api/payments/{id}/refunds", payment)
                .header("Idempotency-Key", key)).andExpect(status().isUnprocessableContent());
        UUID other = UUID.fromString(json(pay(club.admin(), createInvoice(club, "10.00", true), "10.00", "cash"))
                .get("id").asString());
        mvc.perform(postAs(club.admin(), body, "/api/payments/{id}/refunds", other)
                .header("Idempotency-Key", key)).andExpect(status().isUnprocessableContent());
        mvc.perform(postAs(club.admin(), body, "/api/payments/{id}/refunds", payment))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        // more decimals than the currency has, negative: 400 naming the amount
        for (String amount : List.of("1.005", "-5")) {
            mvc.perform(postAs(club.admin(), "{\"amount\":" + amount + "}", "/api/payments/{id}/refunds", payment)
                    .header("Idempotency-Key", UUID.randomUUID().toString())).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amount"));
        }

        assertThat(count("SELECT count(*) FROM refunds WHERE payment_id = ?", payment)).isEqualTo(1);
        assertThat(processor.refundsMade() - refundsBefore).as("one refund at the processor").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM refunds WHERE payment_id = ?", other)).isZero();
        JsonNode after = invoice(club, invoice);
        assertThat(money(after.get("refundedAmount"))).isEqualByComparingTo("30.00");
        assertThat(outbox("payment.refunded", "invoiceId", invoice)).isEqualTo(1);
    }

    @Test
    void familiesPayTheirOwnBillsByCardOnlyAndNobodyElsesAtAll() throws Exception {
        Club club = club();
        UUID invoice = createInvoice(club, "20.00", true);
        assertThat(pay(club.parent(), invoice, "5.00", "cash").getResponse().getStatus()).isEqualTo(403);
        assertThat(pay(club.as(Role.PARENT), invoice, "5.00", "card").getResponse().getStatus()).isEqualTo(404);
        assertThat(pay(club.as(Role.COACH), invoice, "5.00", "card").getResponse().getStatus()).isEqualTo(404);
        assertThat(pay(club().admin(), invoice, "5.00", "cash").getResponse().getStatus()).isEqualTo(404);
        assertThat(pay(null, invoice, "5.00", "cash").getResponse().getStatus()).isEqualTo(401);
        assertThat(pay(club.child(), invoice, "5.00", "card").getResponse().getStatus()).isEqualTo(201);
        assertThat(money(invoice(club, invoice).get("paidAmount"))).isEqualByComparingTo(new BigDecimal("5.00"));
        mvc.perform(getAs(club.parent(), "/api/invoices/{id}/payments", invoice)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].cardLast4").value("4242"));
        mvc.perform(getAs(club.as(Role.PARENT), "/api/invoices/{id}/payments", invoice))
                .andExpect(status().isNotFound());
    }
}
