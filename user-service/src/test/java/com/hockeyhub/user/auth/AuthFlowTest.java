package com.hockeyhub.user.auth;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.user.User;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuthFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
    }

    static String json(String template, Object... args) {
        return template.formatted(args).replace('\'', '"');
    }

    ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions login(String email, String password) throws Exception {
        return postJson("/api/auth/login", json("{'email':'%s','password':'%s'}", email, password));
    }

    static String read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    @Test
    void someoneInNoClubYetStillManagesTheirOwnAccount() throws Exception {
        // row-level security on users shows a session without a club nobody; one's own account is the exception
        String email = Fixtures.unique("clubless") + "@example.org";
        String access = read(postJson("/api/auth/register",
                json("{'email':'%s','password':'Strong-Pass-2026','firstName':'Nora','lastName':'Lind'}", email))
                .andExpect(status().isCreated()), "$.accessToken");
        String id = read(mvc.perform(get("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + access))
                .andExpect(status().isOk()).andExpect(jsonPath("$.roles").isEmpty()), "$.user.id");

        mvc.perform(patch("/api/users/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + access)
                        .contentType(MediaType.APPLICATION_JSON).content(json("{'firstName':'Norah'}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Norah"));
        mvc.perform(post("/api/auth/change-password").header(HttpHeaders.AUTHORIZATION, "Bearer " + access)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'currentPassword':'Strong-Pass-2026','newPassword':'Stronger-Pass-2027'}")))
                .andExpect(status().is2xxSuccessful());
        login(email, "Stronger-Pass-2027").andExpect(status().isOk());
    }

    @Test
    void registerCreatesAnAccountAndLogsIn() throws Exception {
        String email = Fixtures.unique("new") + "@Example.org";
        ResultActions registered = postJson("/api/auth/register",
                json("{'email':'%s','password':'Strong-Pass-2026','firstName':'Ann-Marie','lastName':'O%sNeil'}", email,
                        "\\u0027"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(900))
                .andExpect(jsonPath("$.refreshToken").isNotEmpty());
        String access = read(registered, "$.accessToken");
        mvc.perform(get("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + access))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user.email").value(email.toLowerCase()))
                .andExpect(jsonPath("$.user.lastName").value("O'Neil"))
                .andExpect(jsonPath("$.roles").isEmpty());

        postJson("/api/auth/register", json("{'email':'%s','password':'Strong-Pass-2026','firstName':'A','lastName':'B'}",
                email.toUpperCase()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"));
    }

    @Test
    void registrationRejectsBadInputNamingTheField() throws Exception {
        String valid = "{'email':'%s','password':'%s','firstName':'%s','lastName':'Smith'%s}";
        Object[][] cases = {
                {"not-an-email", "Strong-Pass-2026", "Ann", "", "email"},
                {Fixtures.unique("u") + "@x.org", "short1A", "Ann", "", "password"},
                {Fixtures.unique("u") + "@x.org", "alllowercase123", "Ann", "", "password"},
                {Fixtures.unique("u") + "@x.org", "NoDigitsHere", "Ann", "", "password"},
                {Fixtures.unique("u") + "@x.org", "Password123", "Ann", "", "password"},
                {Fixtures.unique("u") + "@x.org", "Strong-Pass-2026", "Ann2", "", "firstName"},
                {Fixtures.unique("u") + "@x.org", "Strong-Pass-2026", "Ann", ",'dateOfBirth':'2999-01-01'", "dateOfBirth"},
        };
        for (Object[] c : cases) {
            postJson("/api/auth/register", json(valid, c[0], c[1], c[2], c[3]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem(c[4])));
        }
    }

    @Test
    void loginIssuesTokensWithTheClaimsEveryServiceReads() throws Exception {
        Organization club = fixtures.club();
        Team team = fixtures.team(club);
        User parent = fixtures.user(club, Role.PARENT);
        User child = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, parent, TeamRole.TEAM_MANAGER, null);
        fixtures.link(club, parent, child);

        ResultActions result = login(parent.getEmail().toUpperCase(), Fixtures.PASSWORD).andExpect(status().isOk());
        SignedJWT jwt = SignedJWT.parse(read(result, "$.accessToken"));
        Map<String, Object> claims = jwt.getJWTClaimsSet().getClaims();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(claims.get("sub")).isEqualTo(parent.getId().toString());
        assertThat(claims.get("email")).isEqualTo(parent.getEmail());
        assertThat(claims.get("org")).isEqualTo(club.getId().toString());
        assertThat(claims.get("roles")).isEqualTo(List.of("parent"));
        assertThat(claims.get("teams")).isEqualTo(List.of(team.getId().toString()));
        assertThat(claims.get("children")).isEqualTo(List.of(child.getId().toString()));
        long lifetime = jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime();
        assertThat(lifetime).isEqualTo(15 * 60 * 1000L);

        // the token is signed by the key published in the JWKS
        // and may be cached for five minutes: the suite's no-store default leaves a handler's own caching alone
        String jwks = mvc.perform(get("/.well-known/jwks.json")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getContentAsString();
        RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(key.toRSAPublicKey()).isEqualTo(TestTokens.publicKey());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.COACH);
        String wrong = login(user.getEmail(), "Wrong-Pass-2026").andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        String unknown = login(Fixtures.unique("nobody") + "@x.org", "Wrong-Pass-2026")
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(wrong, "$.detail")).isEqualTo(JsonPath.read(unknown, "$.detail"));
        assertThat((String) JsonPath.read(wrong, "$.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.PLAYER);
        for (int i = 0; i < 5; i++) {
            login(user.getEmail(), "Wrong-Pass-2026").andExpect(status().isUnauthorized());
        }
        login(user.getEmail(), Fixtures.PASSWORD).andExpect(status().isLocked()).andExpect(jsonPath("$.code").value("LOCKED"));

        // an unknown address behaves exactly the same
        String ghost = Fixtures.unique("ghost") + "@x.org";
        for (int i = 0; i < 5; i++) {
            login(ghost, "Wrong-Pass-2026").andExpect(status().isUnauthorized());
        }
        login(ghost, "Wrong-Pass-2026").andExpect(status().isLocked());
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.PLAYER);
        for (int i = 0; i < 4; i++) {
            login(user.getEmail(), "Wrong-Pass-2026").andExpect(status().isUnauthorized());
        }
        login(user.getEmail(), Fixtures.PASSWORD).andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            login(user.getEmail(), "Wrong-Pass-2026").andExpect(status().isUnauthorized());
        }
        login(user.getEmail(), Fixtures.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void refreshRotatesAndReuseRevokesEverything() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.COACH);
        String first = read(login(user.getEmail(), Fixtures.PASSWORD), "$.refreshToken");
        String otherSession = read(login(user.getEmail(), Fixtures.PASSWORD), "$.refreshToken");

        ResultActions rotated = postJson("/api/auth/refresh", json("{'refreshToken':'%s'}", first))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refreshToken").value(not(first)));
        String second = read(rotated, "$.refreshToken");
        SignedJWT access = SignedJWT.parse(read(rotated, "$.accessToken"));
        assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo(user.getId().toString());

        // replaying the rotated token: refused, and every refresh token of the user is revoked
        postJson("/api/auth/refresh", json("{'refreshToken':'%s'}", first)).andExpect(status().isUnauthorized());
        postJson("/api/auth/refresh", json("{'refreshToken':'%s'}", second)).andExpect(status().isUnauthorized());
        postJson("/api/auth/refresh", json("{'refreshToken':'%s'}", otherSession)).andExpect(status().isUnauthorized());
        postJson("/api/auth/refresh", json("{'refreshToken':'%s'}", "garbage")).andExpect(status().isUnauthorized());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.COACH);
        String refresh = read(login(user.getEmail(), Fixtures.PASSWORD), "$.refreshToken");
        postJson("/api/auth/logout", json("{'refreshToken':'%s'}", refresh)).andExpect(status().isNoContent());
        postJson("/api/auth/refresh", json("{'refreshToken':'%s'}", refresh)).andExpect(status().isUnauthorized());
    }

    @Test
    void changePasswordChecksTheCurrentOneAndEndsSessions() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.COACH);
        ResultActions session = login(user.getEmail(), Fixtures.PASSWORD);
        String bearer = "Bearer " + read(session, "$.accessToken");
        String refresh = read(session, "$.refreshToken");

        mvc.perform(post("/api/auth/change-password").header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'currentPassword':'Wrong-Pass-1','newPassword':'Fresh-Ice-2027'}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        mvc.perform(post("/api/auth/change-password").header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'currentPassword':'%s','newPassword':'weak'}", Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(post("/api/auth/change-password").header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'currentPassword':'%s','newPassword':'Fresh-Ice-2027'}", Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());

        postJson("/api/auth/refresh", json("{'refreshToken':'%s'}", refresh)).andExpect(status().isUnauthorized());
        login(user.getEmail(), Fixtures.PASSWORD).andExpect(status().isUnauthorized());
        login(user.getEmail(), "Fresh-Ice-2027").andExpect(status().isOk());
        mvc.perform(post("/api/auth/change-password").contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'currentPassword':'a','newPassword':'Fresh-Ice-2028'}")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void deactivatedUsersCannotLogIn() throws Exception {
        Organization club = fixtures.club();
        User admin = fixtures.user(club, Role.CLUB_ADMIN);
        User user = fixtures.user(club, Role.PLAYER);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/users/" + user.getId())
                        .header(HttpHeaders.AUTHORIZATION, Fixtures.bearer(admin, club, Role.CLUB_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        login(user.getEmail(), Fixtures.PASSWORD).andExpect(status().isForbidden());
    }

    @Test
    void serviceTokensForConfiguredClientsOnly() throws Exception {
        ResultActions issued = postJson("/api/auth/service-token",
                json("{'clientId':'calendar-service','clientSecret':'dev-secret-calendar-service'}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refreshToken").doesNotExist());
        SignedJWT jwt = SignedJWT.parse(read(issued, "$.accessToken"));
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("service");
        assertThat(jwt.getJWTClaimsSet().getClaim("org")).isNull();

        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.PLAYER);
        mvc.perform(post("/api/users/batch").header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.serialize())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'ids':['%s','%s']}", user.getId(), UUID.randomUUID())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.users[0].id").value(user.getId().toString()))
                .andExpect(jsonPath("$.missing.length()").value(1));

        postJson("/api/auth/service-token", json("{'clientId':'calendar-service','clientSecret':'guess'}"))
                .andExpect(status().isUnauthorized());
        postJson("/api/auth/service-token", json("{'clientId':'evil-service','clientSecret':'x'}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void invalidTokensAreRejected() throws Exception {
        UUID org = UUID.randomUUID();
        for (String bad : new String[] {TestTokens.anyone(org, Role.COACH).expired().mint(),
                TestTokens.tampered(TestTokens.anyone(org, Role.COACH).mint()),
                TestTokens.anyone(org, Role.COACH).signedByStranger().mint()}) {
            mvc.perform(get("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + bad))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/users")).andExpect(status().isUnauthorized());
    }
}
