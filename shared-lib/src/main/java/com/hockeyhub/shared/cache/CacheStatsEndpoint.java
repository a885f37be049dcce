package com.hockeyhub.shared.cache;

import java.util.LinkedHashMap;
import java.util.Map;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/cachestats}: per cache hits, misses, puts, evictions, errors and hit ratio on this instance,
 * plus the state of Redis as the cache sees it. Platform data: super admins and service tokens only.
 */
@Endpoint(id = "cachestats")
public class CacheStatsEndpoint {

    private final CacheStatistics statistics;
    private final HockeyHubRedisCacheManager cacheManager;

    public CacheStatsEndpoint(CacheStatistics statistics, HockeyHubRedisCacheManager cacheManager) {
        this.statistics = statistics;
        this.cacheManager = cacheManager;
    }

    public record CacheSummary(long hits, long misses, long puts, long evictions, long errors, double hitRatio) {

        static CacheSummary of(CacheStats stats) {
            return new CacheSummary(stats.hits(), stats.misses(), stats.puts(), stats.evictions(), stats.errors(),
                    Math.round(stats.hitRatio() * 10_000) / 10_000.0);
        }
    }

    public record RedisState(boolean bypassed, long errors, String lastError, String lastErrorAt) {
    }

    public record Report(String keyPrefix, RedisState redis, CacheSummary total, long tagInvalidations,
                         Map<String, CacheSummary> caches) {
    }

    @ReadOperation
    public Report cacheStats() {
        CurrentUser.require().requireAnyRole(Role.SERVICE);
        Map<String, CacheSummary> caches = new LinkedHashMap<>();
        CacheStats total = new CacheStats();
        statistics.all().forEach((name, stats) -> {
            caches.put(name, CacheSummary.of(stats));
            total.hits.add(stats.hits());
            total.misses.add(stats.misses());
            total.puts.add(stats.puts());
            total.evictions.add(stats.evictions());
            total.errors.add(stats.errors());
        });
        RedisGuard guard = cacheManager.guard();
        RedisState redis = new RedisState(guard.isOpen(), guard.errors(), guard.lastError(),
                guard.lastErrorAt() == null ? null : guard.lastErrorAt().toString());
        return new Report(cacheManager.keyPrefix(), redis, CacheSummary.of(total), statistics.tagInvalidations(),
                caches);
    }
}
