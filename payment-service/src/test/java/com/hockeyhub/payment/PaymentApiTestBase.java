package com.hockeyhub.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Shared helpers of the HTTP tests: a fresh club per test (admins, families), invoices and payments over HTTP,
 * requests and JSON. Every test builds its own club, so tests never see each other's data.
 */
public abstract class PaymentApiTestBase {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JdbcRoster roster;

    protected static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A club with an admin, a team, and a family (parent with a child player). */
    protected static final class Club {
        public final UUID id = UUID.randomUUID();
        public final UUID team = UUID.randomUUID();
        public final UUID adminId = UUID.randomUUID();
        public final UUID parentId = UUID.randomUUID();
        public final UUID childId = UUID.randomUUID();

        public String admin() {
            return TestTokens.user(adminId).organization(id).roles(Role.CLUB_ADMIN).bearer();
        }

        public String parent() {
            return TestTokens.user(parentId).organization(id).roles(Role.PARENT).children(childId).bearer();
        }

        public String child() {
            return TestTokens.user(childId).organization(id).roles(Role.PLAYER).teams(team).bearer();
        }

        public String as(Role role) {
            return TestTokens.anyone(id, role).bearer();
        }

        public String user(UUID userId, Role role) {
            return TestTokens.user(userId).organization(id).roles(role).bearer();
        }
    }

    /** A club whose admin and family are people of the club on the shared roster (as user-service's events put them). */
    protected Club club() {
        Club club = new Club();
        for (UUID person : List.of(club.adminId, club.parentId, club.childId)) {
            personOf(club, person);
        }
        return club;
    }

    /** Another person of the club (on the shared roster). */
    protected UUID personOf(Club club) {
        return personOf(club, UUID.randomUUID());
    }

    private UUID personOf(Club club, UUID person) {
        roster.savePerson(new RosterPerson(person, club.id, person + "@example.org", "Club", "Person", List.of(),
                true), true);
        return person;
    }

    protected MockHttpServletRequestBuilder getAs(String token, String url, Object... vars) {
        return auth(get(url, vars), token);
    }

    protected MockHttpServletRequestBuilder postAs(String token, String json, String url, Object... vars) {
        return auth(post(url, vars), token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected MockHttpServletRequestBuilder putAs(String token, String json, String url, Object... vars) {
        return auth(put(url, vars), token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String token) {
        return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token);
    }

    protected static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
    }

    protected static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    /** An invoice for the club's child, paid by their parent: one line of {@code amount}, no tax. */
    protected static String invoiceJson(Club club, String amount, boolean issue) {
        return invoiceJson(club.parentId, club.childId, "EUR", amount, "0", today().plusDays(30), issue);
    }

    protected static String invoiceJson(UUID payer, UUID player, String currency, String unitPrice, String taxRate,
            LocalDate due, boolean issue) {
        return """
                {"payerId":"%s",%s"description":"Ice time","currency":"%s","taxRate":%s,"dueDate":"%s",
                 "lines":[{"description":"Ice time","quantity":1,"unitPrice":%s}],"issue":%s}
                """.formatted(payer, player == null ? "" : "\"playerId\":\"" + player + "\",", currency, taxRate, due,
                unitPrice, issue);
    }

    /** Creates an invoice as the club's admin and returns its id. */
    protected UUID createInvoice(Club club, String amount, boolean issue) throws Exception {
        return createInvoice(club, invoiceJson(club, amount, issue));
    }

    protected UUID createInvoice(Club club, String json) throws Exception {
        MvcResult result = mvc.perform(postAs(club.admin(), json, "/api/invoices")).andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Create failed: " + body(result));
        }
        return UUID.fromString(json(result).get("id").asString());
    }

    protected static String paymentJson(String amount, String method) {
        return "{\"amount\":%s,\"method\":\"%s\"%s}".formatted(amount, method,
                "card".equals(method) ? ",\"cardToken\":\"tok_visa\"" : "");
    }

    /** Records a payment with a fresh key; returns the response. */
    protected MvcResult pay(String token, UUID invoiceId, String amount, String method) throws Exception {
        return mvc.perform(postAs(token, paymentJson(amount, method), "/api/invoices/{id}/payments", invoiceId)
                .header("Idempotency-Key", UUID.randomUUID().toString())).andReturn();
    }

    protected MvcResult refund(String token, UUID paymentId, String amount) throws Exception {
        return mvc.perform(postAs(token, "{\"amount\":%s,\"reason\":\"test\"}".formatted(amount),
                "/api/payments/{id}/refunds", paymentId).header("Idempotency-Key", UUID.randomUUID().toString()))
                .andReturn();
    }

    protected JsonNode invoice(Club club, UUID invoiceId) throws Exception {
        return json(mvc.perform(getAs(club.admin(), "/api/invoices/{id}", invoiceId)).andReturn());
    }

    protected int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    protected static BigDecimal money(JsonNode node) {
        return new BigDecimal(node.asString());
    }
}
