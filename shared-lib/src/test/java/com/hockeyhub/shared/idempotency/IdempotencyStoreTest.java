package com.hockeyhub.shared.idempotency;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.shared.testapp.saga.TrialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IdempotencyStoreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdempotencyStore idempotency;

    @Autowired
    TrialService trials;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantCalledTwiceWithOneKeyActsOnceAndReturnsTheSameResult() {
        UUID org = UUID.randomUUID();
        String key = UUID.randomUUID() + ":start-trial";

        TrialService.Trial first = trials.start(key, new TrialService.StartTrial(org, "TRIAL_30_DAYS"));
        TrialService.Trial second = trials.start(key, new TrialService.StartTrial(org, "TRIAL_30_DAYS"));

        assertThat(second).isEqualTo(first);
        assertThat(trials.countFor(org)).isEqualTo(1);
    }

    @Test
    void overRestTheIdempotencyKeyHeaderReplaysTheFirstResponse() throws Exception {
        UUID org = UUID.randomUUID();
        String token = TestTokens.anyone(null, Role.SERVICE).bearer();
        String body = "{\"organizationId\":\"" + org + "\",\"plan\":\"TRIAL_30_DAYS\"}";
        String key = "k-" + UUID.randomUUID();

        MvcResult first = mvc.perform(post("/api/test/trials").header(HttpHeaders.AUTHORIZATION, token)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyStore.REPLAYED_HEADER))
                .andReturn();
        MvcResult second = mvc.perform(post("/api/test/trials").header(HttpHeaders.AUTHORIZATION, token)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyStore.REPLAYED_HEADER, "true"))
                .andReturn();

        assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(trials.countFor(org)).isEqualTo(1);

        mvc.perform(post("/api/test/trials").header(HttpHeaders.AUTHORIZATION, token).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":\"" + org + "\",\"plan\":\"OTHER\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BUSINESS_RULE_VIOLATION"));
        assertThat(trials.countFor(org)).isEqualTo(1);
    }

    @Test
    void keysAreScopedPerCallerAndRequestsWithoutAKeyAlwaysAct() throws Exception {
        UUID org = UUID.randomUUID();
        String body = "{\"organizationId\":\"" + org + "\",\"plan\":\"TRIAL_30_DAYS\"}";
        String key = "shared-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/test/trials").header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SERVICE).bearer())
                    .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated());
        }
        assertThat(trials.countFor(org)).as("two callers, one key each").isEqualTo(2);

        String token = TestTokens.anyone(null, Role.SERVICE).bearer();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/test/trials").header(HttpHeaders.AUTHORIZATION, token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        }
        assertThat(trials.countFor(org)).isEqualTo(4);
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeader() throws Exception {
        for (String bad : List.of("x".repeat(256), "has space", " ")) {
            mvc.perform(post("/api/test/trials").header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SERVICE).bearer())
                            .header("Idempotency-Key", bad).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"organizationId\":\"" + UUID.randomUUID() + "\",\"plan\":\"P\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        }
    }

    @Test
    void anEventHandlerStyleActionRunsOnce() {
        String key = "event-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        assertThat(idempotency.runOnce("test.handler", key, runs::incrementAndGet)).isTrue();
        assertThat(idempotency.runOnce("test.handler", key, runs::incrementAndGet)).isFalse();
        assertThat(idempotency.runOnce("other.handler", key, runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedActionStoresNothingSoARetryActs() {
        String key = "fail-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> idempotency.execute("test.failing", key, null, Integer.class, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("participant down");
        })).hasMessageContaining("participant down");
        Integer result = idempotency.execute("test.failing", key, null, Integer.class, runs::incrementAndGet);

        assertThat(result).isEqualTo(2);
        assertThat(idempotency.execute("test.failing", key, null, Integer.class, runs::incrementAndGet)).isEqualTo(2);
        assertThat(runs).hasValue(2);
    }

    @Test
    void concurrentCallsWithOneKeyActOnceAndAllSeeTheFirstResult() throws Exception {
        String key = "race-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return idempotency.execute("test.race", key, null, String.class, () -> {
                        runs.incrementAndGet();
                        sleep(200);
                        return "result-" + Thread.currentThread().getName();
                    });
                }));
            }
            go.countDown();
            String first = results.get(0).get(30, TimeUnit.SECONDS);
            for (Future<String> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(first);
            }
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void expiredKeysArePurgedAndNoLongerCount() {
        String key = "expired-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        idempotency.runOnce("test.expiry", key, runs::incrementAndGet);
        jdbc.update("UPDATE idempotency_record SET expires_at = now() - interval '1 minute' WHERE idempotency_key = ?", key);

        assertThat(idempotency.runOnce("test.expiry", key, runs::incrementAndGet)).as("an expired key acts again").isTrue();
        jdbc.update("UPDATE idempotency_record SET expires_at = now() - interval '1 minute' WHERE idempotency_key = ?", key);
        assertThat(idempotency.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", Integer.class,
                key)).isZero();
        assertThat(runs).hasValue(2);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheHeaderInsteadOfTheParameterObject() throws Exception {
        String docs = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(docs).contains("\"/api/test/trials\"").contains("\"Idempotency-Key\"").contains("\"/api/sagas/{id}\"");
        assertThat(docs).doesNotContain("\"principal\"");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
