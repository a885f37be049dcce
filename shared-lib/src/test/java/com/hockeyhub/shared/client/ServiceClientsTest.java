package com.hockeyhub.shared.client;

import java.time.Duration;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestPorts;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.shared.testapp.client.ClientTestApi;
import com.hockeyhub.shared.testapp.client.ClientTestState;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ServiceClientsTest {

    @Autowired
    ServiceClients clients;
    @Autowired
    ServiceTokenProvider serviceTokens;
    @Autowired
    ClientTestState state;
    @Autowired
    MockMvc mvc;

    private ClientTestApi api() {
        return clients.create(ClientTestApi.class, "self");
    }

    @Test
    void insideARequestTheRequestIdAndTheCallersTokenArePropagated() throws Exception {
        UUID caller = UUID.randomUUID();
        mvc.perform(get("/api/client-test/relay").header("X-Request-Id", "req-propagated-1")
                        .header("Authorization", TestTokens.user(caller).organization(UUID.randomUUID())
                                .roles(Role.COACH).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestId").value("req-propagated-1"))
                .andExpect(jsonPath("$.userId").value(caller.toString()))
                .andExpect(jsonPath("$.roles[0]").value("coach"));
    }

    @Test
    void outsideARequestAServiceTokenIsObtainedOnceAndReused() {
        ClientTestApi.Echo first = api().echo();
        int issued = serviceTokens.issuedCount();
        ClientTestApi.Echo second = api().echo();

        assertThat(first.roles()).containsExactly("service");
        assertThat(second.userId()).isEqualTo(first.userId());
        assertThat(serviceTokens.issuedCount()).isEqualTo(issued).isPositive();
        assertThat(state.tokensIssued()).isEqualTo(serviceTokens.issuedCount());
    }

    @Test
    void aGetIsRetriedOn503UntilItSucceeds() {
        String key = key();
        ClientTestApi.Hits hits = api().flakyGet(key, 2);

        assertThat(hits.hits()).isEqualTo(3);
        assertThat(state.hits(key)).isEqualTo(3);
    }

    @Test
    void aGetThatKeepsFailingEndsAsUnavailableAfterTheAttemptLimit() {
        String key = key();
        RemoteServiceUnavailableException error = catchThrowableOfType(RemoteServiceUnavailableException.class,
                () -> api().flakyGet(key, 100));

        assertThat(error.status()).isEqualTo(503);
        assertThat(error.target()).isEqualTo("self");
        assertThat(error.problem().getDetail()).isEqualTo("down for the test");
        assertThat(state.hits(key)).isEqualTo(3);
    }

    @Test
    void aPostWithoutIdempotencyKeyIsNeverRetried() {
        String key = key();
        RemoteServiceUnavailableException error = catchThrowableOfType(RemoteServiceUnavailableException.class,
                () -> api().flakyPost(key, 1));

        assertThat(error.status()).isEqualTo(503);
        assertThat(state.hits(key)).isEqualTo(1);
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRetried() {
        String key = key();
        ClientTestApi.Hits hits = api().flakyPost(key, 2, UUID.randomUUID().toString());

        assertThat(hits.hits()).isEqualTo(3);
    }

    @Test
    void aRemote404IsATypedNotFoundOrAnEmptyOptional() {
        UUID id = UUID.randomUUID();
        RemoteNotFoundException error = catchThrowableOfType(RemoteNotFoundException.class, () -> api().missing(id));

        assertThat(error.problem().getProperties()).containsEntry("code", "NOT_FOUND");
        assertThat(error.code().status().value()).isEqualTo(404);
        assertThat(api().findMissing(id)).isEmpty();
    }

    @Test
    void aRemote4xxIsAClientErrorCarryingTheProblemDetail() {
        RemoteClientErrorException error = catchThrowableOfType(RemoteClientErrorException.class,
                () -> api().rejected(new ClientTestApi.Named("zed")));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.problem().getProperties()).containsEntry("code", "VALIDATION_FAILED");
        assertThat(error.problem().getProperties().get("errors").toString()).contains("name");
    }

    @Test
    void aCallSlowerThanTheReadTimeoutIsUnavailable() {
        RemoteServiceUnavailableException error = catchThrowableOfType(RemoteServiceUnavailableException.class,
                () -> api().slow(2500));

        assertThat(error.status()).isZero();
        assertThat(error.getMessage()).contains("self is unavailable");
        assertThat(error.reached()).as("the service got the call and may have acted").isTrue();
    }

    @Test
    void aRefusedConnectionNeverReachedTheService() throws Exception {
        int closed = TestPorts.free();
        ClientTestApi gone = clients.create(ClientTestApi.class, "self", "http://127.0.0.1:" + closed);

        RemoteServiceUnavailableException error = catchThrowableOfType(RemoteServiceUnavailableException.class,
                () -> gone.slow(0));

        assertThat(error.reached()).isFalse();
        assertThat(error.getMessage()).contains("never reached");
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndRecovers() {
        String key = key();
        ClientTestApi breakerApi = clients.create(ClientTestApi.class, "self-breaker");
        CircuitBreaker breaker = clients.breaker("self-breaker");
        state.setDown(key, true);

        for (int i = 0; i < 4; i++) {
            assertThat(catchThrowableOfType(RemoteServiceUnavailableException.class,
                    () -> breakerApi.switched(key)).status()).isEqualTo(503);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        RemoteServiceUnavailableException rejected = catchThrowableOfType(RemoteServiceUnavailableException.class,
                () -> breakerApi.switched(key));
        assertThat(rejected.getMessage()).contains("circuit breaker open");
        assertThat(rejected.reached()).isFalse();
        assertThat(state.hits(key)).isEqualTo(4);

        state.setDown(key, false);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> breakerApi.switched(key).hits() > 4);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private static String key() {
        return "k-" + UUID.randomUUID();
    }

}
