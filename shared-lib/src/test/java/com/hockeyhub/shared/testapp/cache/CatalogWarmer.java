package com.hockeyhub.shared.testapp.cache;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheWarmer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Warms tc-items with the seeded organization's items (listed in hockeyhub.cache.warm of the test config). */
@Component
public class CatalogWarmer implements CacheWarmer {

    public static final UUID WARM_ORGANIZATION = UUID.fromString("0190c0de-0000-7000-8000-0000000000aa");

    private final CatalogService catalog;
    private final JdbcTemplate jdbc;

    public CatalogWarmer(CatalogService catalog, JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "tc-items";
    }

    @Override
    public void warm() {
        List<UUID> ids = jdbc.queryForList("SELECT id FROM cache_test_items WHERE organization_id = ?", UUID.class,
                WARM_ORGANIZATION);
        ids.forEach(catalog::item);
    }
}
