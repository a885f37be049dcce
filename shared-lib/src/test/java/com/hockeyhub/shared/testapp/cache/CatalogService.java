package com.hockeyhub.shared.testapp.cache;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.cache.CacheTags;
import com.hockeyhub.shared.cache.EvictCacheTags;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.CachePut;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cached reads over a real table; counts how often each key was loaded from the database. */
@Service
public class CatalogService {

    static final String COLUMNS = "id, organization_id, name, price, kind, created_at";
    private static final RowMapper<CatalogItem> ROW = (rs, i) -> new CatalogItem(rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class), rs.getString(3), rs.getBigDecimal(4), CatalogItem.Kind.valueOf(rs.getString(5)),
            rs.getTimestamp(6).toInstant());

    private final JdbcTemplate jdbc;
    private final Map<Object, AtomicInteger> loads = new ConcurrentHashMap<>();

    public CatalogService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int loads(Object key) {
        AtomicInteger count = loads.get(String.valueOf(key));
        return count == null ? 0 : count.get();
    }

    @Cacheable(cacheNames = "tc-items", key = "#id", sync = true)
    @CacheTags({"'org:' + #result.organizationId()", "T(com.hockeyhub.shared.cache.CacheTag).user(#id)"})
    public CatalogItem item(UUID id) {
        return load(id, "");
    }

    /** A cache with a near cache (hockeyhub.cache.near.caches in the test application.yml). */
    @Cacheable(cacheNames = "tc-near", key = "#id", sync = true)
    @CacheTags("T(com.hockeyhub.shared.cache.CacheTag).user(#id)")
    public CatalogItem nearItem(UUID id) {
        return load(id, "near:");
    }

    /** Writes and evicts the near-cached entry by key (after the commit). */
    @Transactional
    @CacheEvict(cacheNames = "tc-near", key = "#id")
    public CatalogItem renameNear(UUID id, String name) {
        return update(id, name);
    }

    @Cacheable(cacheNames = "tc-slow", key = "#id", sync = true)
    public CatalogItem slowItem(UUID id) {
        loads.computeIfAbsent("slow:" + id, k -> new AtomicInteger()).incrementAndGet();
        jdbc.queryForList("SELECT pg_sleep(0.3)");
        return load(id, "slow-source:");
    }

    @Cacheable(cacheNames = "tc-org-items", key = "#organizationId")
    @CacheTags({"'org:' + #organizationId", "#result.![T(com.hockeyhub.shared.cache.CacheTag).user(id())]"})
    public List<CatalogItem> organizationItems(UUID organizationId) {
        loads.computeIfAbsent("org:" + organizationId, k -> new AtomicInteger()).incrementAndGet();
        return jdbc.query("SELECT " + COLUMNS + " FROM cache_test_items WHERE organization_id = ? ORDER BY name", ROW,
                organizationId);
    }

    @Cacheable(cacheNames = "tc-short", key = "#id")
    public CatalogItem shortLived(UUID id) {
        return load(id, "short:");
    }

    @Cacheable(cacheNames = "tc-null", key = "#id")
    public CatalogItem nullable(UUID id) {
        loads.computeIfAbsent("null:" + id, k -> new AtomicInteger()).incrementAndGet();
        return null;
    }

    /** Blocks inside the load until released, so a test can write while the old state is being cached. */
    @Cacheable(cacheNames = "tc-items", key = "#id")
    @CacheTags("T(com.hockeyhub.shared.cache.CacheTag).user(#id)")
    public CatalogItem itemBlocking(UUID id, CountDownLatch loading, CountDownLatch release)
            throws InterruptedException {
        CatalogItem item = load(id, "");
        loading.countDown();
        if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not released");
        }
        return item;
    }

    @Transactional
    public CatalogItem create(UUID organizationId, String name, BigDecimal price) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO cache_test_items (id, organization_id, name, price, kind) VALUES (?, ?, ?, ?, 'STICK')",
                id, organizationId, name, price);
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM cache_test_items WHERE id = ?", ROW, id);
    }

    /** @CachePut: the new state goes straight into the cache (after the commit). */
    @Transactional
    @CachePut(cacheNames = "tc-items", key = "#id")
    @CacheTags({"'org:' + #result.organizationId()", "T(com.hockeyhub.shared.cache.CacheTag).user(#id)"})
    public CatalogItem rename(UUID id, String name) {
        return update(id, name);
    }

    /** A write that invalidates what it affects by tag instead. */
    @Transactional
    @EvictCacheTags({"T(com.hockeyhub.shared.cache.CacheTag).user(#id)", "'org:' + #result.organizationId()"})
    public CatalogItem renameAndInvalidate(UUID id, String name) {
        return update(id, name);
    }

    /** Writes only (no cache annotation): callers invalidate by hand. */
    @Transactional
    public CatalogItem updateName(UUID id, String name) {
        return update(id, name);
    }

    @Transactional
    @CacheEvict(cacheNames = "tc-items", key = "#id")
    public void delete(UUID id) {
        jdbc.update("DELETE FROM cache_test_items WHERE id = ?", id);
    }

    private CatalogItem update(UUID id, String name) {
        if (jdbc.update("UPDATE cache_test_items SET name = ? WHERE id = ?", name, id) == 0) {
            throw new NotFoundException("CatalogItem", id);
        }
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM cache_test_items WHERE id = ?", ROW, id);
    }

    private CatalogItem load(UUID id, String counter) {
        loads.computeIfAbsent(counter + id, k -> new AtomicInteger()).incrementAndGet();
        List<CatalogItem> found = jdbc.query("SELECT " + COLUMNS + " FROM cache_test_items WHERE id = ?", ROW, id);
        if (found.isEmpty()) {
            throw new NotFoundException("CatalogItem", id);
        }
        return found.get(0);
    }
}
