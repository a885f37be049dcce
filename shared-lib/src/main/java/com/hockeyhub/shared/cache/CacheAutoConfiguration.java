package com.hockeyhub.shared.cache;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheResolver;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The suite's cache: Spring's caching annotations on Redis (see {@link ResilientRedisCache}), tags
 * ({@link CacheTags}, {@link EvictCacheTags}, {@link CacheTagInvalidator}), warming ({@link CacheWarmer}),
 * statistics (Micrometer + {@code /actuator/cachestats}) and a fail-open {@code redis} health component.
 * <p>
 * Interceptor order: caching (outermost of the three) → tags → transactions, so a cache hit never opens a
 * transaction and a miss is stored after the method's own transaction committed. Services must not add their own
 * {@code @EnableCaching}. {@code hockeyhub.cache.enabled=false} swaps in a no-op cache manager.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration",
        afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(RedisConnectionFactory.class)
@EnableConfigurationProperties(HockeyHubCacheProperties.class)
@EnableCaching(order = CacheAutoConfiguration.CACHING_ORDER)
public class CacheAutoConfiguration {

    static final int CACHING_ORDER = Ordered.LOWEST_PRECEDENCE - 10;
    static final int TAGS_ORDER = Ordered.LOWEST_PRECEDENCE - 5;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor cacheTagsAdvisor(ObjectProvider<CacheTagInvalidator> invalidator) {
        ComposablePointcut pointcut = new ComposablePointcut(AnnotationMatchingPointcut.forMethodAnnotation(CacheTags.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(EvictCacheTags.class));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new CacheTagsInterceptor(invalidator));
        advisor.setOrder(TAGS_ORDER);
        return advisor;
    }

    /** A cached value of another type than its method returns is a miss, see {@link TypeCheckedCacheResolver}. */
    @Bean
    CachingConfigurer hockeyHubCachingConfigurer(ObjectProvider<CacheManager> cacheManager) {
        return new CachingConfigurer() {
            @Override
            public CacheResolver cacheResolver() { // asked for once the singletons exist
                return new TypeCheckedCacheResolver(cacheManager.getObject());
            }
        };
    }

    @Bean
    LettuceClientOptionsBuilderCustomizer hockeyHubFailFastLettuceOptions() {
        // while the connection is down, fail at once instead of queueing commands until the command timeout
        return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(RedisConnectionFactory.class)
    @ConditionalOnProperty(prefix = "hockeyhub.cache", name = "enabled", havingValue = "true", matchIfMissing = true)
    static class RedisCaching {

        @Bean
        RedisGuard redisCacheGuard(HockeyHubCacheProperties properties) {
            return new RedisGuard(properties.getRetryInterval(), properties.getErrorLogInterval());
        }

        @Bean
        CacheStatistics cacheStatistics(ObjectProvider<MeterRegistry> registry) {
            return new CacheStatistics(registry);
        }

        /** The one connection of all cache operations, see {@link CacheRedisConnection}. */
        @Bean
        CacheRedisConnection cacheRedisConnection(RedisConnectionFactory connectionFactory) {
            if (!(connectionFactory instanceof LettuceConnectionFactory lettuce)) {
                throw new IllegalStateException("The Redis cache needs Lettuce (spring-boot-starter-data-redis's default"
                        + " client); found " + connectionFactory.getClass().getName()
                        + ". Set hockeyhub.cache.enabled=false to run without the cache.");
            }
            return new CacheRedisConnection(() -> {
                if (lettuce.getNativeClient() instanceof RedisClient client) {
                    return client;
                }
                throw new IllegalStateException("The Redis cache needs a standalone or sentinel Redis; found "
                        + lettuce.getNativeClient());
            }, lettuce.getClientConfiguration().getCommandTimeout());
        }

        @Bean
        RedisTagStore redisTagStore(CacheRedisConnection redis, HockeyHubCacheProperties properties,
                Environment environment) {
            return new RedisTagStore(redis, keyPrefix(properties, environment),
                    properties.getInvalidationWindowMargin(), properties.getTagPruneThreshold());
        }

        @Bean
        HockeyHubRedisCacheManager cacheManager(RedisConnectionFactory connectionFactory, CacheRedisConnection redis,
                HockeyHubCacheProperties properties, Environment environment, RedisGuard guard, RedisTagStore tagStore,
                CacheStatistics statistics) {
            String prefix = keyPrefix(properties, environment);
            RedisCacheWriter writer = new NativeRedisCacheWriter(redis, 500);
            RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
                    .computePrefixWith(name -> prefix + name + "::")
                    .serializeValuesWith(SerializationPair.fromSerializer(serializer()))
                    .entryTtl(properties.getDefaultTtl());
            if (!properties.isCacheNullValues()) {
                defaults = defaults.disableCachingNullValues();
            }
            Map<String, RedisCacheConfiguration> perCache = new LinkedHashMap<>();
            for (Map.Entry<String, Duration> ttl : properties.getTtl().entrySet()) {
                perCache.put(ttl.getKey(), defaults.entryTtl(ttl.getValue()));
            }
            return new HockeyHubRedisCacheManager(writer, defaults, perCache, prefix, guard, tagStore, statistics,
                    redis, nearCache(connectionFactory, properties),
                    new HashSet<>(properties.getNear().getCaches()));
        }

        @Bean
        RedisCacheTagInvalidator cacheTagInvalidator(RedisTagStore tagStore, HockeyHubRedisCacheManager cacheManager,
                CacheStatistics statistics) {
            return new RedisCacheTagInvalidator(tagStore, cacheManager, statistics);
        }

        @Bean
        CacheWarming cacheWarming(ObjectProvider<CacheWarmer> warmers, HockeyHubCacheProperties properties,
                HockeyHubRedisCacheManager cacheManager) {
            return new CacheWarming(warmers, properties.getWarm(), properties.getWarmInterval(), cacheManager::connect);
        }

        @Bean
        CacheStatsEndpoint cacheStatsEndpoint(CacheStatistics statistics, HockeyHubRedisCacheManager cacheManager) {
            return new CacheStatsEndpoint(statistics, cacheManager);
        }

        @Bean
        @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
        RedisCacheHealthIndicator redisHealthIndicator(CacheRedisConnection redis, RedisGuard guard) {
            return new RedisCacheHealthIndicator(redis, guard);
        }

        /** The near cache when some cache wants one and Redis is a single Lettuce-connected server; else null. */
        static RedisNearCache nearCache(RedisConnectionFactory connectionFactory, HockeyHubCacheProperties properties) {
            HockeyHubCacheProperties.Near near = properties.getNear();
            if (near.getCaches().isEmpty() || !(connectionFactory instanceof LettuceConnectionFactory lettuce)) {
                return null;
            }
            Duration timeout = lettuce.getClientConfiguration().getCommandTimeout();
            return new RedisNearCache(() -> lettuce.getNativeClient() instanceof RedisClient client ? client : null,
                    near.getMaxEntries(), near.getMaxBytes(), near.getMaxAge(), timeout,
                    properties.getRetryInterval());
        }

        static String keyPrefix(HockeyHubCacheProperties properties, Environment environment) {
            String configured = properties.getKeyPrefix();
            if (configured != null && !configured.isBlank()) {
                return configured;
            }
            return "hh:" + environment.getProperty("spring.application.name", "service") + ":";
        }

        static GenericJacksonJsonRedisSerializer serializer() {
            // type hints let records come back as themselves; only the suite's and the JDK's value types are trusted
            BasicPolymorphicTypeValidator types = BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType("com.hockeyhub.")
                    .allowIfSubType("java.util.")
                    .allowIfSubType("java.time.")
                    .allowIfSubType("java.math.")
                    .allowIfSubType("java.lang.")
                    .allowIfSubType("org.springframework.cache.support.NullValue")
                    .build();
            return GenericJacksonJsonRedisSerializer.builder()
                    .enableDefaultTyping(types)
                    .enableSpringCacheNullValueSupport()
                    .customize(b -> b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "hockeyhub.cache", name = "enabled", havingValue = "false")
    static class CachingDisabled {

        @Bean
        CacheManager cacheManager() {
            return new NoOpCacheManager();
        }

        @Bean
        CacheTagInvalidator cacheTagInvalidator() {
            return tags -> { };
        }
    }
}
