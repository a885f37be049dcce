package com.hockeyhub.shared.ratelimit;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.CurrentUserAuthentication;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.test.TestPorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rate limiter against the real Redis: buckets, 429 problem details, refill, per-client keys, fail-open. */
class RateLimitFilterTest {

    @RestController
    static class Endpoints {

        @PostMapping("/api/auth/login")
        String login() {
            return "token";
        }

        @PostMapping("/api/things")
        String create() {
            return "created";
        }

        @GetMapping("/api/things")
        String list() {
            return "list";
        }
    }

    /** As Boot's JacksonAutoConfiguration configures it: problem properties at the top level. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final String prefix = "hh:test-" + TestInfrastructure.get().runId() + ":rl-" + UUID.randomUUID() + ":";
    private LettuceConnectionFactory connectionFactory;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        if (connectionFactory != null) {
            connectionFactory.destroy();
        }
    }

    private MockMvc mvc(int redisPort, int authCapacity, Duration authPeriod, int writeCapacity) {
        RedisStandaloneConfiguration redis = new RedisStandaloneConfiguration(TestInfrastructure.get().redisHost(),
                redisPort);
        connectionFactory = new LettuceConnectionFactory(redis, LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofMillis(500)).build());
        connectionFactory.afterPropertiesSet();
        RateLimitProperties properties = new RateLimitProperties();
        properties.getAuth().setCapacity(authCapacity);
        properties.getAuth().setPeriod(authPeriod);
        properties.getWrites().setCapacity(writeCapacity);
        properties.setRetryInterval(Duration.ofSeconds(30));
        RedisRateLimiter limiter = new RedisRateLimiter(new StringRedisTemplate(connectionFactory), prefix,
                properties.getRetryInterval(), meters);
        return MockMvcBuilders.standaloneSetup(new Endpoints())
                .addFilters(new RateLimitFilter(limiter, properties, JSON, meters))
                .build();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theAuthEndpointsAllowTheBucketThenAnswer429WithRetryAfterPerAddress() throws Exception {
        MockMvc mvc = mvc(TestInfrastructure.get().redisPort(), 3, Duration.ofMinutes(1), 100);
        for (int i = 2; i >= 0; i--) {
            mvc.perform(post("/api/auth/login").with(from("10.0.0.1")))
                    .andExpect(status().isOk())
                    .andExpect(header().string(RateLimitFilter.REMAINING, Integer.toString(i)));
        }
        mvc.perform(post("/api/auth/login").with(from("10.0.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "20"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TOO_MANY_REQUESTS"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value("Too many requests; try again in 20 s"));
        // another client has its own bucket
        mvc.perform(post("/api/auth/login").with(from("10.0.0.2"))).andExpect(status().isOk());
        assertThat(meters.counter("ratelimit.rejected", "policy", "auth").count()).isEqualTo(1.0);
    }

    @Test
    void theBucketRefillsOverItsPeriod() throws Exception {
        MockMvc mvc = mvc(TestInfrastructure.get().redisPort(), 2, Duration.ofMillis(600), 100);
        mvc.perform(post("/api/auth/login").with(from("10.0.0.3"))).andExpect(status().isOk());
        mvc.perform(post("/api/auth/login").with(from("10.0.0.3"))).andExpect(status().isOk());
        mvc.perform(post("/api/auth/login").with(from("10.0.0.3"))).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
        Thread.sleep(400); // one token back after 300 ms
        mvc.perform(post("/api/auth/login").with(from("10.0.0.3"))).andExpect(status().isOk());
        mvc.perform(post("/api/auth/login").with(from("10.0.0.3"))).andExpect(status().isTooManyRequests());
    }

    @Test
    void writesAreLimitedPerUserAndReadsNotAtAll() throws Exception {
        MockMvc mvc = mvc(TestInfrastructure.get().redisPort(), 100, Duration.ofMinutes(1), 2);
        CurrentUser alice = user();
        signIn(alice);
        mvc.perform(post("/api/things").with(from("10.0.0.4"))).andExpect(status().isOk());
        mvc.perform(post("/api/things").with(from("10.0.0.5"))).andExpect(status().isOk());
        mvc.perform(post("/api/things").with(from("10.0.0.6"))).andExpect(status().isTooManyRequests());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/things")).andExpect(status().isOk())
                    .andExpect(header().doesNotExist(RateLimitFilter.REMAINING));
        }
        signIn(user());
        mvc.perform(post("/api/things").with(from("10.0.0.4"))).andExpect(status().isOk());
    }

    @Test
    void withRedisUnreachableRequestsAreAllowedAndTheErrorCounted() throws Exception {
        int closedPort = TestPorts.free();
        MockMvc mvc = mvc(closedPort, 1, Duration.ofMinutes(1), 1);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/auth/login").with(from("10.0.0.7"))).andExpect(status().isOk())
                    .andExpect(header().doesNotExist(RateLimitFilter.REMAINING));
        }
        assertThat(meters.counter("ratelimit.errors").count()).isEqualTo(1.0);
    }

    private static CurrentUser user() {
        return new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), "coach@example.test", Set.of(Role.COACH),
                Set.of(), Set.of());
    }

    private static void signIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(new CurrentUserAuthentication(user, null));
    }
}
