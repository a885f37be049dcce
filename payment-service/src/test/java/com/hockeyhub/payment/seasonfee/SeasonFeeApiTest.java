package com.hockeyhub.payment.seasonfee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SeasonFeeApiTest extends PaymentApiTestBase {

    /** A team of the club on the shared roster (as user-service's events would put it there). */
    private UUID team(Club club, int players) {
        UUID team = UUID.randomUUID();
        roster.saveTeam(new RosterTeam(team, club.id, "U14 " + team.toString().substring(0, 4), "U14", "2026-2027"),
                true);
        roster.saveMember(new RosterMember(team, UUID.randomUUID(), club.id, "coach", null, null), true);
        for (int i = 0; i < players; i++) {
            roster.saveMember(new RosterMember(team, UUID.randomUUID(), club.id, "player", i + 1, "wing"), true);
        }
        return team;
    }

    private static String feeJson(UUID team, String amount, String tax, int instalments) {
        return """
                {"teamId":"%s","season":"2026-2027","amount":%s,"currency":"EUR","taxRate":%s,"instalments":%d,
                 "firstDueDate":"%s","monthsBetween":2}
                """.formatted(team, amount, tax, instalments, today().plusDays(10));
    }

    @Test
    void oneInvoicePerPlayerAndInstalmentToTheRightPayerWithExactAmounts() throws Exception {
        Club club = club();
        UUID team = team(club, 0);
        UUID minor = club.childId;
        UUID adult = UUID.randomUUID();
        UUID otherParent = UUID.randomUUID();
        roster.saveMember(new RosterMember(team, minor, club.id, "player", 17, "center"), true);
        roster.saveMember(new RosterMember(team, adult, club.id, "player", 30, "goalie"), true);
        roster.saveLink(club.parentId, minor, club.id, "mother", true, true);
        roster.saveLink(otherParent, minor, club.id, "father", false, true);

        MvcResult first = mvc.perform(postAs(club.admin(), feeJson(team, "1000.00", "25", 3), "/api/season-fees"))
                .andExpect(status().isCreated()).andReturn();
        JsonNode result = json(first);
        assertThat(result.get("players").asInt()).isEqualTo(2);
        assertThat(result.get("invoicesIssued").asInt()).isEqualTo(6);
        Map<String, String> payers = new java.util.HashMap<>();
        result.get("bills").forEach(b -> payers.put(b.get("playerId").asString(), b.get("payerId").asString()));
        assertThat(payers).containsEntry(minor.toString(), club.parentId.toString())
                .containsEntry(adult.toString(), adult.toString());

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT instalment_no, subtotal, tax, total, due_date, "
                + "status FROM invoices WHERE organization_id = ? AND player_id = ? ORDER BY instalment_no", club.id,
                minor);
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> ((BigDecimal) r.get("subtotal")).toPlainString())
                .containsExactly("333.34", "333.33", "333.33");
        assertThat(rows).extracting(r -> ((BigDecimal) r.get("tax")).toPlainString())
                .containsExactly("83.34", "83.33", "83.33");
        BigDecimal sum = rows.stream().map(r -> (BigDecimal) r.get("total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("1250.00");
        assertThat(rows).extracting(r -> r.get("due_date").toString()).containsExactly(today().plusDays(10).toString(),
                today().plusDays(10).plusMonths(2).toString(), today().plusDays(10).plusMonths(4).toString());
        assertThat(rows).extracting(r -> r.get("status")).containsOnly("open");
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'payment.invoice.issued' "
                + "AND organization_id = ?", club.id)).isEqualTo(6);

        // running it again issues nothing new
        mvc.perform(postAs(club.admin(), feeJson(team, "1000.00", "25", 3), "/api/season-fees"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.invoicesIssued").value(0))
                .andExpect(jsonPath("$.alreadyBilled").value(6));
        assertThat(count("SELECT count(*) FROM invoices WHERE organization_id = ?", club.id)).isEqualTo(6);

        // the mother pays; the father (linked to the child) sees them too; the adult's bills are his own
        mvc.perform(getAs(club.parent(), "/api/invoices")).andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(getAs(TestTokens.user(otherParent).organization(club.id).roles(Role.PARENT).children(minor)
                .bearer(), "/api/invoices")).andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(getAs(club.user(adult, Role.PLAYER), "/api/invoices")).andExpect(jsonPath("$.totalElements")
                .value(3));
        mvc.perform(getAs(club.as(Role.PARENT), "/api/invoices")).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aSecondRunWithOtherInstalmentsBillsNobodyTwiceButANewPlayerOnce() throws Exception {
        Club club = club();
        UUID team = team(club, 2);
        mvc.perform(postAs(club.admin(), feeJson(team, "900.00", "0", 1), "/api/season-fees"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.invoicesIssued").value(2));
        // three instalments now: instalments 2 and 3 must not be billed on top of the whole fee already billed
        mvc.perform(postAs(club.admin(), feeJson(team, "900.00", "0", 3), "/api/season-fees"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.invoicesIssued").value(0))
                .andExpect(jsonPath("$.alreadyBilled").value(2));
        assertThat(count("SELECT count(*) FROM invoices WHERE team_id = ?", team)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT sum(total) FROM invoices WHERE team_id = ?", BigDecimal.class, team))
                .isEqualByComparingTo("1800.00");

        // a player who joined since is billed once, by the schedule asked for now
        UUID newcomer = UUID.randomUUID();
        roster.saveMember(new RosterMember(team, newcomer, club.id, "player", 99, "wing"), true);
        mvc.perform(postAs(club.admin(), feeJson(team, "900.00", "0", 3), "/api/season-fees"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.invoicesIssued").value(3))
                .andExpect(jsonPath("$.alreadyBilled").value(2));
        assertThat(jdbc.queryForObject("SELECT sum(total) FROM invoices WHERE team_id = ? AND player_id = ?",
                BigDecimal.class, team, newcomer)).isEqualByComparingTo("900.00");
        assertThat(count("SELECT count(*) FROM invoices WHERE team_id = ?", team)).isEqualTo(5);
    }

    @Test
    void concurrentRunsForOneTeamAndSeasonBillOnce() throws Exception {
        Club club = club();
        UUID team = team(club, 15);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        String admin = club.admin();
        try {
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return json(mvc.perform(postAs(admin, feeJson(team, "450.00", "0", 2), "/api/season-fees"))
                            .andReturn()).get("invoicesIssued").asInt();
                }));
            }
            go.countDown();
            int issued = 0;
            for (Future<Integer> run : runs) {
                issued += run.get();
            }
            assertThat(issued).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM invoices WHERE team_id = ?", team)).isEqualTo(30);
        assertThat(count("SELECT count(DISTINCT number) FROM invoices WHERE organization_id = ?", club.id))
                .isEqualTo(30);
    }

    @Test
    void badRequestsAndOtherClubsTeamsAreRefused() throws Exception {
        Club club = club();
        UUID team = team(club, 2);
        mvc.perform(postAs(club().admin(), feeJson(team, "100", "0", 1), "/api/season-fees"))
                .andExpect(status().isNotFound());
        mvc.perform(postAs(club.admin(), feeJson(UUID.randomUUID(), "100", "0", 1), "/api/season-fees"))
                .andExpect(status().isNotFound());
        mvc.perform(postAs(club.as(Role.COACH), feeJson(team, "100", "0", 1), "/api/season-fees"))
                .andExpect(status().isForbidden());
        mvc.perform(postAs(club.admin(), feeJson(team, "100", "0", 13), "/api/season-fees"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("instalments"));
        mvc.perform(postAs(club.admin(), feeJson(team, "0.02", "0", 3), "/api/season-fees"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("instalments"));
        mvc.perform(postAs(club.admin(), feeJson(team, "100.001", "0", 1), "/api/season-fees"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        // the largest fee a column holds, plus tax, would not fit an invoice: 400, never a 500
        mvc.perform(postAs(club.admin(), feeJson(team, "9999999999.99", "25", 1), "/api/season-fees"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(postAs(club.admin(), feeJson(team, "-100", "0", 1), "/api/season-fees"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(postAs(club.admin(), feeJson(team, "100", "0", 1).replace("\"EUR\"", "\"EU\""),
                "/api/season-fees")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currency"));
        mvc.perform(postAs(club.admin(), feeJson(team, "100", "0", 1).replace(today().plusDays(10).toString(),
                today().minusDays(1).toString()), "/api/season-fees")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firstDueDate"));
        assertThat(count("SELECT count(*) FROM invoices WHERE team_id = ?", team)).isZero();
    }
}
