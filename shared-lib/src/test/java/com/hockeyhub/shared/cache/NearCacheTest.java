package com.hockeyhub.shared.cache;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.testapp.cache.CatalogItem;
import com.hockeyhub.shared.testapp.cache.CatalogService;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisServerCommands;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The near cache (Redis CLIENT TRACKING) against the real Redis: hits are served without Redis, this instance's writes
 * are seen at once, another client's writes as soon as Redis's invalidation arrives, a load overtaken by an
 * invalidation is not kept, and a lost connection drops every local copy.
 */
@IntegrationTest
class NearCacheTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    HockeyHubRedisCacheManager cacheManager;

    @Autowired
    StringRedisTemplate redis;

    private RedisClient otherClient;
    private RedisNearCache other;

    @BeforeEach
    void otherInstance() {
        TestInfrastructure infra = TestInfrastructure.get();
        otherClient = RedisClient.create(RedisURI.create(infra.redisHost(), infra.redisPort()));
        other = new RedisNearCache(() -> otherClient, 100, 1_000_000, Duration.ofMinutes(1), Duration.ofSeconds(2),
                Duration.ofMillis(100));
    }

    @AfterEach
    void closeOtherInstance() {
        other.close();
        otherClient.shutdown();
    }

    private String key(Object id) {
        return "hh:test-" + TestInfrastructure.get().runId() + ":tc-near::" + id;
    }

    @Test
    void repeatedReadsAreServedLocallyWithoutAskingRedis() {
        CatalogItem item = catalog.create(UUID.randomUUID(), "Near stick", new BigDecimal("99.00"));
        assertThat(catalog.nearItem(item.id())).isEqualTo(item); // database, then Redis
        assertThat(catalog.nearItem(item.id())).isEqualTo(item); // read from Redis on the tracking connection
        long getsBefore = redisGets();

        for (int i = 0; i < 200; i++) {
            assertThat(catalog.nearItem(item.id())).isEqualTo(item);
        }

        assertThat(redisGets() - getsBefore).as("GETs Redis served for 200 reads").isLessThan(20);
        assertThat(catalog.loads("near:" + item.id())).isEqualTo(1);
        assertThat(cacheManager.near().tracking()).isTrue();
    }

    @Test
    void thisInstancesWriteIsReadBackAtOnce() {
        CatalogItem item = catalog.create(UUID.randomUUID(), "Before", new BigDecimal("10.00"));
        catalog.nearItem(item.id());
        catalog.nearItem(item.id());

        catalog.renameNear(item.id(), "After");

        assertThat(catalog.nearItem(item.id()).name()).isEqualTo("After"); // no waiting: same instance
    }

    @Test
    void anotherClientsChangeReachesTheLocalCopyThroughRedis() {
        String key = key(UUID.randomUUID());
        redis.opsForValue().set(key, "first");
        assertThat(other.get(key, NearCacheTest::text)).isEqualTo("first");
        assertThat(other.size()).isEqualTo(1);

        redis.opsForValue().set(key, "second"); // "another instance" writes

        await().atMost(Duration.ofSeconds(5)).until(() -> "second".equals(other.get(key, NearCacheTest::text)));
        redis.delete(key);
        await().atMost(Duration.ofSeconds(5)).until(() -> other.get(key, NearCacheTest::text) == null);
    }

    @Test
    void aLoadOvertakenByAnInvalidationIsNotKept() {
        String key = key(UUID.randomUUID());
        redis.opsForValue().set(key, "old");
        AtomicInteger decodes = new AtomicInteger();

        Object loaded = other.get(key, raw -> {
            decodes.incrementAndGet();
            other.invalidate(key); // as if Redis's invalidation arrived while this load was on its way
            return text(raw);
        });

        assertThat(loaded).isEqualTo("old");
        assertThat(other.size()).isZero();
        other.get(key, raw -> {
            decodes.incrementAndGet();
            return text(raw);
        });
        assertThat(decodes).hasValue(2); // read from Redis again, not from a stale local copy
        assertThat(other.size()).isEqualTo(1);
    }

    @Test
    void aLostConnectionDropsEveryLocalCopyAndTrackingComesBack() {
        String key = key(UUID.randomUUID());
        redis.opsForValue().set(key, "before");
        assertThat(other.get(key, NearCacheTest::text)).isEqualTo("before");
        assertThat(other.size()).isEqualTo(1);

        killNearCacheConnections(); // the server forgets what they tracked
        await().atMost(Duration.ofSeconds(5)).until(() -> other.size() == 0);
        redis.opsForValue().set(key, "after"); // no invalidation can reach the old connection

        await().atMost(Duration.ofSeconds(10)).until(other::tracking);
        assertThat(other.get(key, NearCacheTest::text)).isEqualTo("after");
        redis.opsForValue().set(key, "later");
        await().atMost(Duration.ofSeconds(5)).until(() -> "later".equals(other.get(key, NearCacheTest::text)));
    }

    @Test
    void localCopiesAreBoundedByTheSizeOfTheirValuesAsWellAsByTheirCount() {
        try (RedisNearCache bounded = new RedisNearCache(() -> otherClient, 50, 20_000, Duration.ofMinutes(1),
                Duration.ofSeconds(2), Duration.ofMillis(100))) {
            String large = "x".repeat(5_000);
            for (int i = 0; i < 20; i++) {
                String key = key("large-" + i + "-" + UUID.randomUUID());
                redis.opsForValue().set(key, large);
                assertThat(bounded.get(key, NearCacheTest::text)).isEqualTo(large);
            }
            // 20 values of 5 kB against 20 kB: at most four stay, though the count alone would keep all 20
            await().atMost(Duration.ofSeconds(5)).until(() -> bounded.size() <= 4);

            bounded.invalidateAll();
            for (int i = 0; i < 50; i++) {
                String key = key("small-" + i + "-" + UUID.randomUUID());
                redis.opsForValue().set(key, "s" + i);
                assertThat(bounded.get(key, NearCacheTest::text)).isEqualTo("s" + i);
            }
            // small values weigh maxBytes / maxEntries each (400 bytes): all 50 fit, the 51st would not
            assertThat(bounded.size()).isEqualTo(50);
        }
    }

    @Test
    void withoutAConnectionReadsFallBackToRedisAsUsual() {
        RedisClient nowhere = RedisClient.create(RedisURI.create("127.0.0.1", 1));
        try (RedisNearCache unreachable = new RedisNearCache(() -> nowhere, 10, 10_000, Duration.ofMinutes(1),
                Duration.ofMillis(200), Duration.ofMinutes(1))) {
            assertThat(unreachable.get("any", NearCacheTest::text)).isSameAs(RedisNearCache.UNAVAILABLE);
            assertThat(unreachable.tracking()).isFalse();
        } finally {
            nowhere.shutdown();
        }
    }

    private static Object text(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8);
    }

    private long redisGets() {
        Properties stats = redis.execute((RedisCallback<Properties>) c -> ((RedisServerCommands) c.serverCommands())
                .info("commandstats"));
        String get = stats == null ? null : stats.getProperty("cmdstat_get");
        if (get == null) {
            return 0;
        }
        return Long.parseLong(get.replaceAll(".*calls=(\\d+).*", "$1"));
    }

    /** Kills the near caches' tracking connections (and no other client) from the server side. */
    private void killNearCacheConnections() {
        redis.execute((RedisCallback<Object>) c -> {
            for (var client : c.serverCommands().getClientList()) {
                if (RedisNearCache.CLIENT_NAME.equals(client.getName())) {
                    c.serverCommands().killClient(client.getAddressPort().split(":")[0],
                            Integer.parseInt(client.getAddressPort().split(":")[1]));
                }
            }
            return null;
        });
    }
}
