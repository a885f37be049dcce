package com.hockeyhub.shared.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestInfrastructure}: the run's database, Redis, NATS and the
 * {@link TestTokens} keys. Registered in the test-jar's {@code META-INF/spring.factories}, so a service's
 * {@code @SpringBootTest} needs nothing else. All contexts of a run share one database (Flyway migrates it once);
 * the customizer is equal for every context so Spring's context cache reuses them.
 */
public class HockeyHubTestContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** Properties every test context gets; also usable to start an application by hand in a test. */
    public static Map<String, Object> testProperties() {
        TestInfrastructure infra = TestInfrastructure.get();
        TestDatabase database = SharedDatabase.INSTANCE;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.maximum-pool-size", "10");
        properties.put("spring.data.redis.url", "redis://" + infra.redisHost() + ":" + infra.redisPort());
        properties.put("hockeyhub.nats.url", infra.natsUrl());
        properties.put("hockeyhub.test.run-id", infra.runId());
        properties.put("hockeyhub.security.jwt.public-key", TestTokens.publicKeyPem());
        properties.put("hockeyhub.security.jwt.private-key", TestTokens.privateKeyPem());
        properties.put("hockeyhub.cache.key-prefix", "hh:test-" + infra.runId() + ":");
        // 2 cores shared by many builds: a cold first Redis connection can take seconds (the cache would fail open)
        properties.put("spring.data.redis.connect-timeout", "5s");
        properties.put("spring.data.redis.timeout", "2s");
        // suites log in and write hundreds of times from one address; RateLimitFilterTest tests the limits themselves
        properties.put("hockeyhub.rate-limit.auth.capacity", "100000");
        properties.put("hockeyhub.rate-limit.writes.capacity", "100000");
        properties.putAll(TestNatsStreams.properties(infra));
        return properties;
    }

    private static final class SharedDatabase {
        static final TestDatabase INSTANCE = TestInfrastructure.get().createDatabase("app");
    }

    static final class Customizer implements ContextCustomizer {

        private static final String INLINED = "Inlined Test Properties";

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var sources = context.getEnvironment().getPropertySources();
            var infrastructure = new MapPropertySource("hockeyhubTestInfrastructure", testProperties());
            // A test's own properties (@SpringBootTest(properties = ...)) still win, e.g. to point Redis at a dead port.
            if (sources.contains(INLINED)) {
                sources.addAfter(INLINED, infrastructure);
            } else {
                sources.addFirst(infrastructure);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
