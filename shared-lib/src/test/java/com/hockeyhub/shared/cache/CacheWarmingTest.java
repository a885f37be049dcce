package com.hockeyhub.shared.cache;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.testapp.cache.CatalogService;
import com.hockeyhub.shared.testapp.cache.CatalogWarmer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CacheWarmingTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CacheWarming warming;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void configuredWarmersFillTheirCachesAtStartupThroughTheCachedMethods() {
        assertThat(warming.completedRuns()).isGreaterThanOrEqualTo(1);
        List<UUID> seeded = jdbc.queryForList("SELECT id FROM cache_test_items WHERE organization_id = ?", UUID.class,
                CatalogWarmer.WARM_ORGANIZATION);
        assertThat(seeded).hasSize(3);
        String prefix = "hh:test-" + TestInfrastructure.get().runId() + ":";
        for (UUID id : seeded) {
            assertThat(redis.hasKey(prefix + "tc-items::" + id)).isTrue();
            assertThat(catalog.loads(id)).isEqualTo(1);
            catalog.item(id);
            assertThat(catalog.loads(id)).isEqualTo(1);
        }
        // warmed entries carry their tags like any other
        assertThat(redis.opsForSet().size(prefix + "_tag:org:" + CatalogWarmer.WARM_ORGANIZATION)).isEqualTo(3);
    }
}
