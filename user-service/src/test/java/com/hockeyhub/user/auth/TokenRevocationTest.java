package com.hockeyhub.user.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.security.revocation.RevocationProperties;
import com.hockeyhub.shared.security.revocation.TokenRevocations;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.user.User;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 23: logout, password change, role change and "sign out everywhere" end the user's access tokens. */
@IntegrationTest
class TokenRevocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RedisConnectionFactory redis;
    @Autowired
    RevocationProperties properties;

    Fixtures fixtures;
    Organization club;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        club = fixtures.club();
    }

    record Session(String bearer, String refresh) {
    }

    Session login(User user) throws Exception {
        ResultActions result = mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(user.getEmail(), Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        String body = result.andReturn().getResponse().getContentAsString();
        // a revocation counts for tokens issued before its second: start the next one
        Thread.sleep(1_100 - System.currentTimeMillis() % 1_000);
        return new Session("Bearer " + JsonPath.read(body, "$.accessToken"), JsonPath.read(body, "$.refreshToken"));
    }

    int me(Session session) throws Exception {
        return mvc.perform(get("/api/auth/me").header(HttpHeaders.AUTHORIZATION, session.bearer()))
                .andReturn().getResponse().getStatus();
    }

    int signOutEverywhere(String bearer, UUID userId) throws Exception {
        return mvc.perform(post("/api/auth/sign-out-everywhere").header(HttpHeaders.AUTHORIZATION, bearer)
                .param("userId", userId == null ? null : userId.toString())).andReturn().getResponse().getStatus();
    }

    @Test
    void signingOutEverywhereEndsAccessAndRefreshTokensAndANewLoginWorks() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        Session first = login(player);
        Session second = login(player);
        assertThat(me(first)).isEqualTo(200);

        assertThat(signOutEverywhere(second.bearer(), null)).isEqualTo(204);

        assertThat(me(first)).isEqualTo(401);
        assertThat(me(second)).isEqualTo(401);
        assertThat(mvc.perform(post("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\":\"%s\"}".formatted(first.refresh()))).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        assertThat(me(login(player))).isEqualTo(200);

        // other instances: the list is in Redis for their reload (and was broadcast on NATS)
        TokenRevocations elsewhere = new TokenRevocations(new StringRedisTemplate(redis), properties.key(), null,
                properties.tokenLifetime(), Clock.systemUTC());
        elsewhere.reload();
        assertThat(elsewhere.isRevoked(player.getId(), java.time.Instant.now().minus(Duration.ofSeconds(5))))
                .isTrue();
        assertThat(elsewhere.isRevoked(UUID.randomUUID(), java.time.Instant.now().minusSeconds(5))).isFalse();
    }

    @Test
    void logoutAndPasswordChangeEndTheAccessTokens() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        Session session = login(player);
        mvc.perform(post("/api/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\":\"%s\"}".formatted(session.refresh()))).andExpect(status().isNoContent());
        assertThat(me(session)).isEqualTo(401);

        Session again = login(player);
        mvc.perform(post("/api/auth/change-password").header(HttpHeaders.AUTHORIZATION, again.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"newPassword\":\"Fresh-Ice-2027\"}".formatted(Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(me(again)).isEqualTo(401);
    }

    @Test
    void aClubAdminSignsOutTheirMembersOnly() throws Exception {
        User admin = fixtures.user(club, Role.CLUB_ADMIN);
        User player = fixtures.user(club, Role.PLAYER);
        Organization other = fixtures.club();
        User stranger = fixtures.user(other, Role.PLAYER);
        String adminToken = Fixtures.bearer(admin, club, Role.CLUB_ADMIN);
        Session players = login(player);
        Session strangers = login(stranger);

        assertThat(signOutEverywhere(adminToken, stranger.getId())).isEqualTo(404);
        assertThat(signOutEverywhere(Fixtures.bearer(player, club, Role.PLAYER), admin.getId())).isEqualTo(403);
        assertThat(signOutEverywhere(adminToken, UUID.randomUUID())).isEqualTo(404);
        assertThat(me(strangers)).isEqualTo(200);

        assertThat(signOutEverywhere(adminToken, player.getId())).isEqualTo(204);
        assertThat(me(players)).isEqualTo(401);
        assertThat(signOutEverywhere(null, null)).isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsTheTokensThatCarryTheOldRolesButNotTheSession() throws Exception {
        User admin = fixtures.user(club, Role.CLUB_ADMIN);
        User member = fixtures.user(club, Role.PLAYER);
        Session session = login(member);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/users/{id}/roles", member.getId())
                .header(HttpHeaders.AUTHORIZATION, Fixtures.bearer(admin, club, Role.CLUB_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"assistant_coach\"]}"))
                .andExpect(status().isOk());
        assertThat(me(session)).isEqualTo(401);
        String refreshed = mvc.perform(post("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refreshToken\":\"%s\"}".formatted(session.refresh())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Session current = new Session("Bearer " + JsonPath.read(refreshed, "$.accessToken"), null);
        assertThat(me(current)).isEqualTo(200);
    }
}
