package com.hockeyhub.shared.cache;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.test.TestInfrastructure;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cache.Cache;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cache operation (read, write, tagged write, evict, clear, tag invalidation, recovery) goes through the one
 * native connection of {@link CacheRedisConnection}: the connection factory is never asked for a
 * {@code RedisConnection} (Spring Data's writer and templates create one per operation). The manager is built by the
 * auto-configuration's own bean methods, on a real Redis.
 */
class CacheConnectionTest {

    /** Counts the Spring Data connections handed out; everything else is the real factory. */
    static class CountingConnectionFactory extends LettuceConnectionFactory {

        final AtomicInteger connections = new AtomicInteger();

        CountingConnectionFactory(RedisStandaloneConfiguration standalone, LettuceClientConfiguration client) {
            super(standalone, client);
        }

        @Override
        public RedisConnection getConnection() {
            connections.incrementAndGet();
            return super.getConnection();
        }
    }

    private CountingConnectionFactory factory;
    private HockeyHubRedisCacheManager manager;
    private CacheRedisConnection redis;
    private RedisCacheTagInvalidator invalidator;
    private String prefix;

    @BeforeEach
    void build() {
        TestInfrastructure infra = TestInfrastructure.get();
        factory = new CountingConnectionFactory(new RedisStandaloneConfiguration(infra.redisHost(), infra.redisPort()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        factory.afterPropertiesSet();
        factory.start();
        prefix = "hh:conn-" + infra.runId() + ":";
        HockeyHubCacheProperties properties = new HockeyHubCacheProperties();
        properties.setKeyPrefix(prefix);
        properties.getTtl().put("conn-short", Duration.ofSeconds(30));
        CacheAutoConfiguration.RedisCaching config = new CacheAutoConfiguration.RedisCaching();
        MockEnvironment environment = new MockEnvironment();
        redis = config.cacheRedisConnection(factory);
        RedisGuard guard = config.redisCacheGuard(properties);
        RedisTagStore tagStore = config.redisTagStore(redis, properties, environment);
        CacheStatistics statistics = new CacheStatistics(
                new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
        manager = config.cacheManager(factory, redis, properties, environment, guard, tagStore, statistics);
        manager.afterPropertiesSet();
        invalidator = config.cacheTagInvalidator(tagStore, manager, statistics);
        manager.connect();
    }

    @AfterEach
    void close() {
        redis.sync().del(redis.sync().keys((prefix + "*").getBytes()).toArray(byte[][]::new));
        manager.destroy();
        factory.destroy();
    }

    @Test
    void everyCacheOperationUsesTheOneNativeConnection() {
        Cache shortLived = manager.getCache("conn-short");
        Cache other = manager.getCache("conn-other");
        factory.connections.set(0);

        shortLived.put("a", "alpha");
        for (int i = 0; i < 200; i++) {
            assertThat(shortLived.get("a", String.class)).isEqualTo("alpha");
            assertThat(other.get("missing-" + i)).isNull();
        }
        List<Integer> tagged = List.of(1, 2);
        PendingTags.offer(tagged, List.of("conn-tag"), System.currentTimeMillis());
        other.put("tagged", tagged);
        assertThat(other.get("tagged", List.class)).isEqualTo(List.of(1, 2));
        assertThat(shortLived.putIfAbsent("a", "other")).extracting(Cache.ValueWrapper::get).isEqualTo("alpha");
        assertThat(shortLived.evictIfPresent("a")).isTrue();
        assertThat(shortLived.evictIfPresent("a")).isFalse();
        invalidator.invalidate(List.of("conn-tag"));
        assertThat(other.get("tagged")).isNull();
        other.put("b", "beta");
        other.clear();
        assertThat(other.get("b")).isNull();

        assertThat(factory.connections).as("RedisConnections taken from the factory").hasValue(0);
        RedisCommands<byte[], byte[]> commands = redis.sync();
        assertThat(commands.clientGetname()).isEqualTo(CacheRedisConnection.CLIENT_NAME.getBytes());
    }

    /** A replica still on Spring Data's writer and one on the native connection read each other's entries. */
    @Test
    void entriesAreInterchangeableWithSpringDataRedisCacheWriter() {
        ResilientRedisCache cache = (ResilientRedisCache) manager.getCache("conn-short");
        TaggingRedisCache springWriter = new TaggingRedisCache("conn-short",
                RedisCacheWriter.create(factory, w -> w.immediateWrites()),
                cache.getNativeCache().getCacheConfiguration());

        cache.put("new", new BigDecimal("12.50"));
        springWriter.put("old", new BigDecimal("7.25"));

        assertThat(springWriter.get("new", BigDecimal.class)).isEqualTo(new BigDecimal("12.50"));
        assertThat(cache.get("old", BigDecimal.class)).isEqualTo(new BigDecimal("7.25"));
        RedisCommands<byte[], byte[]> commands = redis.sync();
        long ttlNew = commands.pttl((prefix + "conn-short::new").getBytes());
        long ttlOld = commands.pttl((prefix + "conn-short::old").getBytes());
        assertThat(ttlNew).isBetween(25_000L, 30_000L);
        assertThat(ttlOld).isBetween(25_000L, 30_000L);

        String value = "tagged";
        PendingTags.offer(value, List.of("conn-tag2"), System.currentTimeMillis());
        manager.getCache("conn-other").put("t", value);
        assertThat(commands.smembers((prefix + "_tag:conn-tag2").getBytes())).extracting(String::new)
                .containsExactly(prefix + "conn-other::t");
        assertThat(commands.pttl((prefix + "_tag:conn-tag2").getBytes())).isBetween(500_000L, 600_000L);
    }
}
