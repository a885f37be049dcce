package com.hockeyhub.shared.testapp;

import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.hockeyhub.shared.testapp.ProblemDetailsTest.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityConventionsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyAnswerCarriesTheSecurityHeadersOkAndErrorAlike() throws Exception {
        String token = TestTokens.anyone(UUID.randomUUID(), Role.COACH).mint();
        for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
                get("/api/test-records").secure(true).header(HttpHeaders.AUTHORIZATION, "Bearer " + token),
                get("/api/test-records").secure(true)}) {
            mvc.perform(request)
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                    .andExpect(header().doesNotExist(HttpHeaders.PRAGMA))
                    .andExpect(header().doesNotExist(HttpHeaders.EXPIRES))
                    .andExpect(header().doesNotExist("X-XSS-Protection"))
                    .andExpect(header().string("Strict-Transport-Security",
                            "max-age=31536000 ; includeSubDomains"));
        }
        // Swagger UI runs scripts: no API policy there
        mvc.perform(get("/v3/api-docs")).andExpect(header().doesNotExist("Content-Security-Policy"));
    }

    @Test
    void noTokenIs401ProblemDetail() throws Exception {
        mvc.perform(get("/api/test-records"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(problem("UNAUTHENTICATED"));
    }

    @Test
    void expiredTamperedOrForeignTokensAre401() throws Exception {
        UUID org = UUID.randomUUID();
        String valid = TestTokens.anyone(org, Role.COACH).mint();
        mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, "Bearer " + valid))
                .andExpect(status().isOk());

        for (String bad : new String[] {
                TestTokens.anyone(org, Role.COACH).expired().mint(),
                TestTokens.tampered(valid),
                TestTokens.anyone(org, Role.COACH).signedByStranger().mint(),
                "not.a.jwt"}) {
            mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, "Bearer " + bad))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                    .andExpect(problem("UNAUTHENTICATED"));
        }
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveAndTheTokenIsOnlyReadFromTheHeader() throws Exception {
        String valid = TestTokens.anyone(UUID.randomUUID(), Role.COACH).mint();
        mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, "bearer " + valid))
                .andExpect(status().isOk());
        mvc.perform(get("/api/test-records").param("access_token", valid))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, "Bearer " + valid + " extra"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
    }

    @Test
    void theFirewallRejectsControlCharactersInTheHeadersSecurityReads() throws Exception {
        String valid = TestTokens.anyone(UUID.randomUUID(), Role.COACH).mint();
        mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, "Bearer " + valid + "\u0007"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, "Bearer " + valid + "\u0378"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void writesAndTheAuthEndpointsGoThroughTheRateLimiterReadsDoNot() throws Exception {
        String coach = TestTokens.anyone(UUID.randomUUID(), Role.COACH).bearer();
        mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, coach))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("RateLimit-Remaining"));
        mvc.perform(post("/api/test-records").header(HttpHeaders.AUTHORIZATION, coach)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"quantity\":1}"))
                .andExpect(header().exists("RateLimit-Remaining"));
        mvc.perform(post("/api/auth/service-token").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(header().exists("RateLimit-Remaining"));
    }

    @Test
    void aWrongRoleIs403() throws Exception {
        UUID org = UUID.randomUUID();
        mvc.perform(post("/api/test-records").header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(org, Role.PLAYER).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"quantity\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(problem("FORBIDDEN"));
    }

    @Test
    void anotherClubsRecordDoesNotExistForTheCaller() throws Exception {
        UUID clubA = UUID.randomUUID();
        UUID clubB = UUID.randomUUID();
        String adminA = TestTokens.anyone(clubA, Role.CLUB_ADMIN).bearer();
        String body = mvc.perform(post("/api/test-records").header(HttpHeaders.AUTHORIZATION, adminA)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"secret of A\",\"quantity\":1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String adminB = TestTokens.anyone(clubB, Role.CLUB_ADMIN).bearer();

        mvc.perform(get("/api/test-records/" + id).header(HttpHeaders.AUTHORIZATION, adminB))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/test-records/" + id).header(HttpHeaders.AUTHORIZATION, adminB))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/test-records").header(HttpHeaders.AUTHORIZATION, adminB))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/test-records/" + id).header(HttpHeaders.AUTHORIZATION, adminA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("secret of A"));
        mvc.perform(get("/api/test-records/" + id)
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SUPER_ADMIN).bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void healthAndApiDocsArePublic() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/test-records'].get.parameters[*].name", hasItem("size")))
                .andExpect(jsonPath("$.paths['/api/test-records'].get.parameters[*].name", not(hasItem("user"))));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
    }

    /** Issue 24 (5): {@code /actuator/prometheus} answered anyone without a token. */
    @Test
    void prometheusMetricsNeedAServiceTokenASuperAdminOrTheScrapeSecret() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")));
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION,
                        TestTokens.anyone(UUID.randomUUID(), Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer wrong-secret"))
                .andExpect(status().isUnauthorized());
        for (String token : new String[] {TestTokens.anyone(null, Role.SERVICE).bearer(),
                TestTokens.anyone(null, Role.SUPER_ADMIN).bearer(), "Bearer test-scrape-secret"}) {
            mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, token))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        }
        // the other actuator endpoints are platform-wide too: a club's admin reads none of them
        mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION,
                        TestTokens.anyone(UUID.randomUUID(), Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION,
                        TestTokens.anyone(null, Role.SUPER_ADMIN).bearer()))
                .andExpect(status().isOk());
        // the scrape secret opens nothing else
        mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, "Bearer test-scrape-secret"))
                .andExpect(status().isUnauthorized());
    }
}
