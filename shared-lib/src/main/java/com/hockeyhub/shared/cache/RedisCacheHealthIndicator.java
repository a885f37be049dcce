package com.hockeyhub.shared.cache;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code redis} health component. Redis only backs the cache, which fails open, so an unreachable Redis is
 * {@link #DEGRADED} (HTTP 200, ranked between DOWN and UP in {@code management.endpoint.health.status.order}) rather
 * than DOWN; the readiness group does not include it at all: the service stays ready and serves from the database.
 */
public class RedisCacheHealthIndicator implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED",
            "Redis is unreachable; the cache is bypassed and requests are served from the source");

    private final CacheRedisConnection redis;
    private final RedisGuard guard;

    public RedisCacheHealthIndicator(CacheRedisConnection redis, RedisGuard guard) {
        this.redis = redis;
        this.guard = guard;
    }

    @Override
    public Health health() {
        try {
            String pong = redis.sync().ping();
            return Health.up().withDetail("ping", String.valueOf(pong)).withDetail("cacheBypassed", guard.isOpen())
                    .withDetail("cacheErrors", guard.errors()).build();
        } catch (RuntimeException e) {
            Health.Builder builder = Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName() + ": "
                    + e.getMessage()).withDetail("cacheErrors", guard.errors());
            if (guard.lastErrorAt() != null) {
                builder.withDetail("lastCacheErrorAt", guard.lastErrorAt().toString());
            }
            return builder.build();
        }
    }
}
