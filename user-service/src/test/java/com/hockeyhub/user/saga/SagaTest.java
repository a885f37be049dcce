package com.hockeyhub.user.saga;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.user.User;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The two business sagas on shared-lib's engine, with their participants answering over HTTP (SagaParticipants):
 * what they do, in which order they undo it, and the idempotency keys every remote step carries.
 */
@IntegrationTest
class SagaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SagaParticipants.Server participants;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        participants.reset();
    }

    @AfterEach
    void heal() {
        participants.reset();
    }

    MvcResult postJson(String token, String path, String json) throws Exception {
        return mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn();
    }

    String saga(UUID id) throws Exception {
        return mvc.perform(get("/api/sagas/{id}", id).header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andReturn().getResponse().getContentAsString();
    }

    String awaitEnd(UUID id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = JsonPath.read(saga(id), "$.status");
            return List.of("COMPLETED", "COMPENSATED", "FAILED").contains(status);
        });
        try {
            return saga(id);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    String onboarding(String subdomain, String email) {
        return """
                {"name":"Lakeside Lynx","subdomain":"%s","tier":"premium",
                 "admin":{"email":"%s","firstName":"Lea","lastName":"Lind"},
                 "teams":[{"name":"U12 Lynx","ageGroup":"U12"},{"name":"Lynx Seniors","ageGroup":"Senior"}]}"""
                .formatted(subdomain, email);
    }

    @Test
    void aClubIsOnboardedAcrossTheSuiteWithAKeyPerStep() throws Exception {
        String subdomain = Fixtures.unique("lynx").toLowerCase().replace("_", "-");
        MvcResult accepted = postJson(Fixtures.superAdmin(), "/api/organizations/onboard",
                onboarding(subdomain, subdomain + "@example.org"));
        assertThat(accepted.getResponse().getStatus()).as(accepted.getResponse().getContentAsString()).isEqualTo(202);
        UUID sagaId = UUID.fromString(JsonPath.read(accepted.getResponse().getContentAsString(), "$.sagaId"));
        UUID club = UUID.fromString(JsonPath.read(accepted.getResponse().getContentAsString(), "$.organizationId"));
        assertThat(accepted.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/sagas/" + sagaId);

        String done = awaitEnd(sagaId);
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("COMPLETED");
        assertThat(count("SELECT count(*) FROM organizations WHERE id = ?", club)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM teams WHERE organization_id = ? AND deleted_at IS NULL", club))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM user_organizations WHERE organization_id = ? AND role = 'CLUB_ADMIN'",
                club)).isEqualTo(1);
        for (String step : List.of("/api/subscriptions/trials", "/api/admin/provisioning/clubs",
                "/api/onboarding/welcome")) {
            List<SagaParticipants.Call> calls = participants.callsTo(step).stream()
                    .filter(c -> c.body().contains(club.toString())).toList();
            assertThat(calls).as(step).isNotEmpty();
            assertThat(calls).allSatisfy(c -> {
                assertThat(c.idempotencyKey()).startsWith(sagaId.toString());
                assertThat(c.withToken()).isTrue();
            });
        }
        assertThat(participants.callsTo("/api/subscriptions/trials").stream()
                .filter(c -> c.body().contains(club.toString())).toList().get(0).body()).contains("\"premium\"");
    }

    @Test
    void aRefusedStepUndoesEverythingInReverse() throws Exception {
        participants.fail("/api/admin/provisioning/clubs", 422);
        String subdomain = Fixtures.unique("otters").toLowerCase().replace("_", "-");
        MvcResult accepted = postJson(Fixtures.superAdmin(), "/api/organizations/onboard",
                onboarding(subdomain, subdomain + "@example.org"));
        UUID sagaId = UUID.fromString(JsonPath.read(accepted.getResponse().getContentAsString(), "$.sagaId"));
        UUID club = UUID.fromString(JsonPath.read(accepted.getResponse().getContentAsString(), "$.organizationId"));
        String done = awaitEnd(sagaId);
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("COMPENSATED");
        assertThat((String) JsonPath.read(done, "$.lastError")).contains("422");
        // no half club, no orphan admin, no subscription without a club
        assertThat(count("SELECT count(*) FROM organizations WHERE id = ? AND deleted_at IS NULL", club)).isZero();
        assertThat(count("SELECT count(*) FROM users WHERE email = ? AND deleted_at IS NULL",
                subdomain + "@example.org")).isZero();
        assertThat(count("SELECT count(*) FROM teams WHERE organization_id = ? AND deleted_at IS NULL", club)).isZero();
        List<SagaParticipants.Call> cancels = participants.callsTo("/api/subscriptions/trials/" + club + "/cancel");
        assertThat(cancels).hasSize(1);
        assertThat(cancels.get(0).idempotencyKey()).startsWith(sagaId.toString());
        assertThat(participants.callsTo("/api/onboarding/welcome").stream()
                .filter(c -> c.body().contains(club.toString()))).isEmpty();
        List<String> compensated = JsonPath.read(done, "$.steps[?(@.direction == 'COMPENSATE')].step");
        assertThat(compensated).containsSubsequence("start-trial", "create-default-teams", "create-admin",
                "create-organization");
    }

    @Test
    void onboardingChecksWhatItCanAtOnce() throws Exception {
        Organization existing = fixtures.club();
        assertThat(postJson(Fixtures.superAdmin(), "/api/organizations/onboard",
                onboarding(existing.getSubdomain(), "x" + UUID.randomUUID() + "@example.org")).getResponse()
                .getStatus()).isEqualTo(409);
        User taken = fixtures.user(existing, Role.COACH);
        assertThat(postJson(Fixtures.superAdmin(), "/api/organizations/onboard",
                onboarding(Fixtures.unique("free").toLowerCase().replace("_", "-"), taken.getEmail())).getResponse()
                .getStatus()).isEqualTo(409);
        MvcResult bad = postJson(Fixtures.superAdmin(), "/api/organizations/onboard",
                onboarding("Not A Subdomain", "ok@example.org"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("subdomain");
        User admin = fixtures.user(existing, Role.CLUB_ADMIN);
        assertThat(postJson(Fixtures.bearer(admin, existing, Role.CLUB_ADMIN), "/api/organizations/onboard",
                onboarding("another-club", "a@example.org")).getResponse().getStatus()).isEqualTo(403);
    }

    record Squad(Organization club, Team from, Team to, User player, User admin, String adminToken) {
    }

    Squad squad() {
        Organization club = fixtures.club();
        Team from = fixtures.team(club);
        Team to = fixtures.team(club);
        User player = fixtures.user(club, Role.PLAYER);
        fixtures.member(from, player, TeamRole.PLAYER, 17);
        User admin = fixtures.user(club, Role.CLUB_ADMIN);
        return new Squad(club, from, to, player, admin, Fixtures.bearer(admin, club, Role.CLUB_ADMIN));
    }

    String transfer(Squad s) {
        return "{\"playerId\":\"%s\",\"fromTeamId\":\"%s\",\"toTeamId\":\"%s\"}".formatted(s.player().getId(),
                s.from().getId(), s.to().getId());
    }

    boolean onTeam(Team team, User player) {
        return count("SELECT count(*) FROM team_members WHERE team_id = ? AND user_id = ? AND left_at IS NULL",
                team.getId(), player.getId()) == 1;
    }

    @Test
    void aPlayerMovesTeamsAndEveryParticipantHearsOfIt() throws Exception {
        Squad s = squad();
        MvcResult accepted = postJson(s.adminToken(), "/api/transfers", transfer(s));
        assertThat(accepted.getResponse().getStatus()).as(accepted.getResponse().getContentAsString()).isEqualTo(202);
        UUID sagaId = UUID.fromString(JsonPath.read(accepted.getResponse().getContentAsString(), "$.sagaId"));
        String done = awaitEnd(sagaId);
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("COMPLETED");
        assertThat(onTeam(s.to(), s.player())).isTrue();
        assertThat(onTeam(s.from(), s.player())).isFalse();
        assertThat(count("SELECT jersey_number FROM team_members WHERE team_id = ? AND user_id = ? AND left_at IS NULL",
                s.to().getId(), s.player().getId())).isEqualTo(17);
        for (String step : List.of("/api/assignments/transfers", "/api/participants/transfers",
                "/api/notifications/transfers")) {
            assertThat(participants.callsTo(step).stream().filter(c -> c.body().contains(sagaId.toString())))
                    .as(step).isNotEmpty().allSatisfy(c -> assertThat(c.idempotencyKey()).startsWith(sagaId.toString()));
        }
        // the club admin sees the saga, another club's admin does not
        assertThat(mvc.perform(get("/api/sagas/{id}", sagaId).header(HttpHeaders.AUTHORIZATION, s.adminToken()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        Organization other = fixtures.club();
        String stranger = Fixtures.bearer(fixtures.user(other, Role.CLUB_ADMIN), other, Role.CLUB_ADMIN);
        assertThat(mvc.perform(get("/api/sagas/{id}", sagaId).header(HttpHeaders.AUTHORIZATION, stranger))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRefusedClearanceLeavesThePlayerExactlyWhereTheyWere() throws Exception {
        Squad s = squad();
        participants.injure(s.player().getId());
        MvcResult accepted = postJson(s.adminToken(), "/api/transfers", transfer(s));
        UUID sagaId = UUID.fromString(JsonPath.read(accepted.getResponse().getContentAsString(), "$.sagaId"));
        String done = awaitEnd(sagaId);
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("COMPENSATED");
        assertThat((String) JsonPath.read(done, "$.lastError")).contains("Medical clearance refused")
                .contains("severity 4");
        assertThat(onTeam(s.from(), s.player())).isTrue();
        assertThat(onTeam(s.to(), s.player())).isFalse();
        assertThat(participants.callsTo("/api/assignments/transfers").stream()
                .filter(c -> c.body().contains(sagaId.toString()))).isEmpty();
    }

    @Test
    void aFailureAfterTheMoveUndoesItAndTheParticipantsSteps() throws Exception {
        Squad s = squad();
        participants.fail("/api/participants/transfers", 409);
        MvcResult accepted = postJson(s.adminToken(), "/api/transfers", transfer(s));
        UUID sagaId = UUID.fromString(JsonPath.read(accepted.getResponse().getContentAsString(), "$.sagaId"));
        participants.callsTo("x"); // nothing to wait for: the saga ends by itself
        String done = awaitEnd(sagaId);
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("COMPENSATED");
        assertThat(onTeam(s.from(), s.player())).isTrue();
        assertThat(onTeam(s.to(), s.player())).isFalse();
        assertThat(count("SELECT jersey_number FROM team_members WHERE team_id = ? AND user_id = ? AND left_at IS NULL",
                s.from().getId(), s.player().getId())).isEqualTo(17);
        assertThat(participants.callsTo("/api/assignments/transfers/" + sagaId + "/revert")).hasSize(1);
    }

    @Test
    void twoTransfersOfOnePlayerAtOnceOneWinsTheOtherIs409() throws Exception {
        Squad s = squad();
        Team third = fixtures.team(s.club());
        String toTo = transfer(s);
        String toThird = "{\"playerId\":\"%s\",\"fromTeamId\":\"%s\",\"toTeamId\":\"%s\"}".formatted(
                s.player().getId(), s.from().getId(), third.getId());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String body : List.of(toTo, toThird)) {
            results.add(pool.submit((Callable<Integer>) () -> postJson(s.adminToken(), "/api/transfers", body)
                    .getResponse().getStatus()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM saga_instance WHERE "
                + "data->>'playerId' = ? AND status IN ('STARTED','RUNNING','COMPENSATING')",
                s.player().getId().toString()) == 0);
        assertThat(count("SELECT count(*) FROM team_members WHERE user_id = ? AND left_at IS NULL",
                s.player().getId())).isEqualTo(1);
    }

    @Test
    void badTransfersAreRefusedAtOnce() throws Exception {
        Squad s = squad();
        User wearer = fixtures.user(s.club(), Role.PLAYER);
        fixtures.member(s.to(), wearer, TeamRole.PLAYER, 17);
        assertThat(postJson(s.adminToken(), "/api/transfers", transfer(s)).getResponse().getStatus()).isEqualTo(409);
        assertThat(postJson(s.adminToken(), "/api/transfers", transfer(s).replace("}", ",\"jerseyNumber\":100}"))
                .getResponse().getStatus()).isEqualTo(400);
        Organization other = fixtures.club();
        Team foreign = fixtures.team(other);
        assertThat(postJson(s.adminToken(), "/api/transfers", transfer(s).replace(s.to().getId().toString(),
                foreign.getId().toString())).getResponse().getStatus()).isEqualTo(404);
        String coach = TestTokens.user(UUID.randomUUID()).organization(s.club().getId()).roles(Role.COACH).bearer();
        assertThat(postJson(coach, "/api/transfers", transfer(s)).getResponse().getStatus()).isEqualTo(403);
        assertThat(postJson(s.adminToken(), "/api/transfers", transfer(s).replace(s.player().getId().toString(),
                UUID.randomUUID().toString())).getResponse().getStatus()).isEqualTo(404);
    }
}
