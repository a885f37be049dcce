package com.hockeyhub.shared.cache;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.security.VerifiedTokenCache;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.shared.testapp.cache.CatalogItem;
import com.hockeyhub.shared.testapp.cache.CatalogService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CPU cost per operation of the cache's levers, single-threaded, measured as thread CPU time (robust against the
 * other processes of a busy machine, unlike req/s). Capacity on n cores is roughly n / (CPU per request).
 * Excluded from the default run; see docs/performance.md "cache".
 */
@IntegrationTest
@Tag("bench")
class CacheCostBenchmarkTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtDecoder decoder;

    @Autowired
    MockMvc mvc;

    interface Op {
        void run(int i) throws Exception;
    }

    private static double[] measure(String name, int warmup, int count, Op op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run(i);
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < count; i++) {
            op.run(warmup + i);
        }
        double cpuMicros = (CPU.getCurrentThreadCpuTime() - cpu) / 1000.0 / count;
        double wallMicros = (System.nanoTime() - wall) / 1000.0 / count;
        System.out.printf("CACHE BENCHMARK | %s | %.1f µs CPU/op | %.1f µs wall/op | n=%d%n", name, cpuMicros,
                wallMicros, count);
        return new double[] {cpuMicros, wallMicros};
    }

    @Test
    void costOfEachLever() throws Exception {
        assertThat(decoder).isInstanceOf(VerifiedTokenCache.class);
        UUID org = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(catalog.create(org, "Bench " + i, BigDecimal.TEN).id());
        }
        ids.forEach(catalog::item);

        JwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            tokens.add(TestTokens.user(UUID.randomUUID()).organization(org).roles(Role.COACH).mint());
        }
        measure("RS256 verify + validate (NimbusJwtDecoder)", 1000, 3000, i -> nimbus.decode(tokens.get(i)));
        String one = tokens.get(0);
        measure("verified-token cache hit", 20_000, 200_000, i -> decoder.decode(one));

        measure("cached read, Redis hit (proxy + GET + JSON)", 2000, 10_000,
                i -> catalog.item(ids.get(i % ids.size())));
        measure("the same row from PostgreSQL (JdbcTemplate PK read)", 2000, 10_000,
                i -> jdbc.queryForMap("SELECT id, organization_id, name, price, kind, created_at"
                        + " FROM cache_test_items WHERE id = ?", ids.get(i % ids.size())));

        String bearer = "Bearer " + one;
        measure("HTTP GET (MockMvc, all filters), Redis hit, token remembered", 2000, 5000,
                i -> mvc.perform(get("/api/test-catalog/" + ids.get(i % ids.size())).header("Authorization", bearer))
                        .andExpect(status().isOk()));
        measure("HTTP GET (MockMvc, all filters), Redis hit, new token each request", 500, 3000,
                i -> mvc.perform(get("/api/test-catalog/" + ids.get(i % ids.size()))
                        .header("Authorization", "Bearer " + tokens.get(i % tokens.size())))
                        .andExpect(status().isOk()));
        CatalogItem sample = catalog.item(ids.get(0));
        assertThat(sample.organizationId()).isEqualTo(org);
    }
}
