package com.hockeyhub.shared.cache;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.testapp.cache.CatalogItem;
import com.hockeyhub.shared.testapp.cache.CatalogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class CacheTagsTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CacheTagInvalidator invalidator;

    @Autowired
    RedisTagStore tagStore;

    @Autowired
    CacheManager cacheManager;

    @Autowired
    CacheStatistics statistics;

    @Autowired
    StringRedisTemplate redis;

    private final UUID org = UUID.randomUUID();
    private final UUID otherOrg = UUID.randomUUID();

    private String key(String cache, Object key) {
        return "hh:test-" + TestInfrastructure.get().runId() + ":" + cache + "::" + key;
    }

    @Test
    void invalidatingATagRemovesExactlyTheEntriesCarryingIt() {
        CatalogItem a = catalog.create(org, "A", BigDecimal.ONE);
        CatalogItem b = catalog.create(org, "B", BigDecimal.ONE);
        CatalogItem c = catalog.create(otherOrg, "C", BigDecimal.ONE);
        catalog.item(a.id());
        catalog.item(b.id());
        catalog.item(c.id());
        catalog.organizationItems(org);
        catalog.organizationItems(otherOrg);
        cacheManager.getCache("tc-items").put("untagged-" + org, "plain");
        assertThat(redis.opsForSet().members(tagStore.tagKey(CacheTag.org(org))))
                .containsExactlyInAnyOrder(key("tc-items", a.id()), key("tc-items", b.id()),
                        key("tc-org-items", org));
        long evictionsBefore = statistics.forCache("tc-items").evictions();

        // user:<a> tags a's item and both lists containing it? no: only org's list contains a
        invalidator.invalidate(CacheTag.user(a.id()));
        assertThat(redis.hasKey(key("tc-items", a.id()))).isFalse();
        assertThat(redis.hasKey(key("tc-org-items", org))).isFalse();
        assertThat(redis.hasKey(key("tc-items", b.id()))).isTrue();
        assertThat(redis.hasKey(key("tc-items", c.id()))).isTrue();
        assertThat(redis.hasKey(key("tc-org-items", otherOrg))).isTrue();
        assertThat(statistics.forCache("tc-items").evictions()).isEqualTo(evictionsBefore + 1);

        invalidator.invalidate(CacheTag.org(org));
        assertThat(redis.hasKey(key("tc-items", b.id()))).isFalse();
        assertThat(redis.hasKey(key("tc-items", c.id()))).isTrue();
        assertThat(redis.hasKey(key("tc-org-items", otherOrg))).isTrue();
        assertThat(redis.hasKey(key("tc-items", "untagged-" + org))).isTrue();
        assertThat(redis.hasKey(tagStore.tagKey(CacheTag.org(org)))).isFalse();

        catalog.item(b.id());
        assertThat(catalog.loads(b.id())).isEqualTo(2);
        catalog.item(c.id());
        assertThat(catalog.loads(c.id())).isEqualTo(1);
    }

    @Test
    void declaredTagEvictionAfterAWriteMeansTheNextReadSeesTheWrite() {
        CatalogItem item = catalog.create(org, "Before", BigDecimal.ONE);
        assertThat(catalog.item(item.id()).name()).isEqualTo("Before");
        assertThat(catalog.organizationItems(org)).extracting(CatalogItem::name).containsExactly("Before");

        catalog.renameAndInvalidate(item.id(), "After");

        assertThat(catalog.item(item.id()).name()).isEqualTo("After");
        assertThat(catalog.organizationItems(org)).extracting(CatalogItem::name).containsExactly("After");
    }

    @Test
    void aLoadThatOverlapsAnInvalidationOfItsTagIsNotStored() throws Exception {
        CatalogItem item = catalog.create(org, "Old state", BigDecimal.ONE);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<CatalogItem> slowReader = CompletableFuture.supplyAsync(() -> {
            try {
                return catalog.itemBlocking(item.id(), loading, release);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        catalog.renameAndInvalidate(item.id(), "New state");
        release.countDown();

        assertThat(slowReader.get(10, TimeUnit.SECONDS).name()).isEqualTo("Old state");
        assertThat(redis.hasKey(key("tc-items", item.id()))).isFalse();
        assertThat(catalog.item(item.id()).name()).isEqualTo("New state");
    }

    @Test
    void tagSetsExpireWithTheirEntriesAndArePrunedOfExpiredMembers() {
        Cache shortCache = cacheManager.getCache("tc-short");
        String tag = "prune:" + UUID.randomUUID();
        String tagKey = tagStore.tagKey(tag);
        ResilientRedisCache cache = (ResilientRedisCache) shortCache;
        for (int i = 0; i < 70; i++) {
            tagStore.putTagged(cache.getNativeCache().rawKey("p" + i + tag), cache.getNativeCache().rawValue("v"),
                    Duration.ofSeconds(1), List.of(tag), System.currentTimeMillis());
        }
        assertThat(redis.opsForSet().size(tagKey)).isEqualTo(70);
        assertThat(redis.getExpire(tagKey, TimeUnit.MILLISECONDS)).isBetween(1L, 1000L);

        await().atMost(Duration.ofSeconds(10)).until(() -> !redis.hasKey(key("tc-short", "p0" + tag)));
        // a set whose entries all expired disappears with them
        await().atMost(Duration.ofSeconds(10)).until(() -> !redis.hasKey(tagKey));

        Cache longer = cacheManager.getCache("tc-items");
        ResilientRedisCache longCache = (ResilientRedisCache) longer;
        for (int i = 0; i < 70; i++) {
            tagStore.putTagged(cache.getNativeCache().rawKey("q" + i + tag), cache.getNativeCache().rawValue("v"),
                    Duration.ofSeconds(1), List.of(tag), System.currentTimeMillis());
        }
        tagStore.putTagged(longCache.getNativeCache().rawKey("long" + tag), longCache.getNativeCache().rawValue("v"),
                Duration.ofMinutes(10), List.of(tag), System.currentTimeMillis());
        assertThat(redis.getExpire(tagKey, TimeUnit.SECONDS)).isBetween(590L, 600L);
        await().atMost(Duration.ofSeconds(10)).until(() -> !redis.hasKey(key("tc-short", "q69" + tag)));
        tagStore.putTagged(longCache.getNativeCache().rawKey("long2" + tag), longCache.getNativeCache().rawValue("v"),
                Duration.ofMinutes(10), List.of(tag), System.currentTimeMillis());
        // the long-lived members stay, expired ones are dropped by the sampling prune
        assertThat(redis.opsForSet().size(tagKey)).isLessThan(72);
        assertThat(redis.opsForSet().isMember(tagKey, key("tc-items", "long" + tag))).isTrue();
        assertThat(redis.opsForSet().isMember(tagKey, key("tc-items", "long2" + tag))).isTrue();
    }
}
