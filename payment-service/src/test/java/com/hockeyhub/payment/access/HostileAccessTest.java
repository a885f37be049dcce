package com.hockeyhub.payment.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of caller against every endpoint about one family's invoice (club A): reads succeed for the club's
 * admins and the family only; everyone else gets 404 (another family, another club, the platform) or 403 (a club
 * member asking for an admin's action). Refused writes change no balance and leak no invoice number.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileAccessTest extends PaymentApiTestBase {

    enum Kind { READ, MANAGE, PAY_CASH, REFUND }

    record Endpoint(String name, Kind kind, Supplier<MockHttpServletRequestBuilder> request) {
    }

    private Club a;
    private UUID invoice;
    private UUID payment;
    private String number;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Map<Kind, Integer>> expected = new LinkedHashMap<>();

    @BeforeAll
    void fixture() throws Exception {
        a = club();
        Club b = club();
        invoice = createInvoice(a, "100.00", true);
        payment = UUID.fromString(json(pay(a.admin(), invoice, "30.00", "cash")).get("id").asString());
        number = invoice(a, invoice).get("number").asString();
        caller("club admin A", a.admin(), 0, -1, -1, -1);
        caller("payer (parent)", a.parent(), 0, 403, 403, 403);
        caller("the player", a.child(), 0, 403, 403, 403);
        caller("another parent of A", a.as(Role.PARENT), 404, 403, 404, 403);
        caller("coach of A", TestTokens.anyone(a.id, Role.COACH).teams(a.team).bearer(), 404, 403, 404, 403);
        caller("team manager of A", a.as(Role.TEAM_MANAGER), 404, 403, 404, 403);
        caller("club admin B", b.admin(), 404, 404, 404, 404);
        caller("parent B claiming the child", TestTokens.anyone(b.id, Role.PARENT).children(a.childId).bearer(),
                404, 404, 404, 404);
        caller("the payer's id with a club B token", TestTokens.user(a.parentId).organization(b.id)
                .roles(Role.PARENT).bearer(), 404, 404, 404, 404);
        caller("super admin", TestTokens.user(UUID.randomUUID()).roles(Role.SUPER_ADMIN).bearer(), 404, 404, 404, 404);
        caller("service token", TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).bearer(), 404, 404, 404, 404);
    }

    /** -1: allowed but not exercised here (it would change the fixture; the API tests cover it). */
    private void caller(String name, String token, int read, int manage, int payCash, int refund) {
        tokens.put(name, token);
        expected.put(name, Map.of(Kind.READ, read, Kind.MANAGE, manage, Kind.PAY_CASH, payCash, Kind.REFUND, refund));
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("invoice", Kind.READ, () -> MockMvcRequestBuilders.get("/api/invoices/" + invoice)),
                new Endpoint("invoice pdf", Kind.READ, () -> MockMvcRequestBuilders.get("/api/invoices/" + invoice
                        + "/pdf")),
                new Endpoint("invoice payments", Kind.READ, () -> MockMvcRequestBuilders.get("/api/invoices/" + invoice
                        + "/payments")),
                new Endpoint("payment", Kind.READ, () -> MockMvcRequestBuilders.get("/api/payments/" + payment)),
                new Endpoint("refunds", Kind.READ, () -> MockMvcRequestBuilders.get("/api/payments/" + payment
                        + "/refunds")),
                new Endpoint("issue", Kind.MANAGE, () -> MockMvcRequestBuilders.post("/api/invoices/" + invoice
                        + "/issue")),
                new Endpoint("void", Kind.MANAGE, () -> MockMvcRequestBuilders.post("/api/invoices/" + invoice
                        + "/void")),
                new Endpoint("due date", Kind.MANAGE, () -> json(MockMvcRequestBuilders.put("/api/invoices/" + invoice
                        + "/due-date"), "{\"dueDate\":\"2030-01-01\"}")),
                new Endpoint("pay cash", Kind.PAY_CASH, () -> json(MockMvcRequestBuilders.post("/api/invoices/"
                        + invoice + "/payments"), paymentJson("5.00", "cash"))),
                new Endpoint("refund", Kind.REFUND, () -> json(MockMvcRequestBuilders.post("/api/payments/" + payment
                        + "/refunds"), "{\"amount\":5.00}")));
    }

    @Test
    void everyCallerGetsExactlyWhatThePolicyAllows() throws Exception {
        List<String> failures = new ArrayList<>();
        for (var entry : tokens.entrySet()) {
            for (Endpoint endpoint : endpoints()) {
                int want = expected.get(entry.getKey()).get(endpoint.kind());
                if (want == -1) {
                    continue;
                }
                MvcResult result = mvc.perform(auth(endpoint.request().get(), entry.getValue())
                        .header("Idempotency-Key", UUID.randomUUID().toString())).andReturn();
                int status = result.getResponse().getStatus();
                String what = entry.getKey() + " -> " + endpoint.name();
                if (want == 0 ? status >= 300 : status != want) {
                    failures.add(what + ": expected " + (want == 0 ? "2xx" : want) + " but got " + status);
                }
                if (status >= 300 && body(result).contains(number)) {
                    failures.add(what + ": a refusal names the invoice number");
                }
            }
        }
        assertThat(failures).as("unexpected outcomes").isEmpty();
        JsonNode after = invoice(a, invoice);
        assertThat(money(after.get("paidAmount"))).isEqualByComparingTo("30.00");
        assertThat(money(after.get("refundedAmount"))).isEqualByComparingTo("0.00");
        assertThat(after.get("status").asString()).isEqualTo("partially_paid");
    }

    @Test
    void withoutAValidTokenEverythingIs401() throws Exception {
        String expired = TestTokens.user(a.adminId).organization(a.id).roles(Role.CLUB_ADMIN).expired().bearer();
        String stranger = TestTokens.user(a.adminId).organization(a.id).roles(Role.CLUB_ADMIN).signedByStranger()
                .bearer();
        for (Endpoint endpoint : endpoints()) {
            for (String token : new String[] {null, expired, stranger}) {
                MvcResult result = mvc.perform(auth(endpoint.request().get(), token)).andReturn();
                assertThat(result.getResponse().getStatus()).as(endpoint.name()).isEqualTo(401);
            }
        }
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
