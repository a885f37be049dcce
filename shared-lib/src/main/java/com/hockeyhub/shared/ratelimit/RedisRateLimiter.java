package com.hockeyhub.shared.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Token buckets in Redis, one hash per policy and client, updated atomically by a Lua script that reads the time
 * from Redis (so replicas with skewed clocks share one bucket). Fails open: while Redis is unreachable every request
 * is allowed, the error counted and logged once per retry interval.
 */
public class RedisRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    /** KEYS[1] bucket; ARGV capacity, period in ms → {allowed 0/1, tokens left, ms until the next token}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final RedisScript<List<Long>> TAKE = (RedisScript) new DefaultRedisScript<>("""
            local capacity = tonumber(ARGV[1])
            local period = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or capacity
            local at = tonumber(state[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * capacity / period)
            local allowed, wait = 0, 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.ceil((1 - tokens) * period / capacity)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
            redis.call('PEXPIRE', KEYS[1], period)
            return {allowed, math.floor(tokens), wait}
            """, List.class);

    /** The outcome for one request. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {

        static final Decision UNCHECKED = new Decision(true, -1, Duration.ZERO);
    }

    private final StringRedisTemplate redis;
    private final String prefix;
    private final Duration retryInterval;
    private final Counter errors;
    private final AtomicLong bypassUntil = new AtomicLong();

    public RedisRateLimiter(StringRedisTemplate redis, String prefix, Duration retryInterval, MeterRegistry meters) {
        this.redis = redis;
        this.prefix = prefix;
        this.retryInterval = retryInterval;
        this.errors = Counter.builder("ratelimit.errors").description("Rate-limit checks skipped: Redis failed")
                .register(meters);
    }

    public Decision take(String policy, String client, RateLimitProperties.Policy limits) {
        long now = System.currentTimeMillis();
        if (now < bypassUntil.get()) {
            return Decision.UNCHECKED;
        }
        try {
            List<Long> result = redis.execute(TAKE, List.of(prefix + policy + ":" + client),
                    Integer.toString(limits.getCapacity()), Long.toString(limits.getPeriod().toMillis()));
            return new Decision(result.get(0) == 1L, result.get(1), Duration.ofMillis(result.get(2)));
        } catch (RuntimeException e) {
            errors.increment();
            long previous = bypassUntil.getAndSet(now + retryInterval.toMillis());
            if (previous <= now - retryInterval.toMillis()) {
                log.warn("Rate limiting paused: Redis failed ({}); allowing requests, retrying in {}", e.toString(),
                        retryInterval);
            }
            return Decision.UNCHECKED;
        }
    }
}
