package com.hockeyhub.shared.security.revocation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.nats.client.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Access-token revocation across the suite (architecture.md "Security model"): "tokens of this user issued before
 * second S no longer count". user-service revokes on logout, password change or reset, role changes and "sign out
 * everywhere"; every service refuses such tokens within about a second.
 * <p>
 * Redis holds the list (hash {@code userId → S}, kept for one access-token lifetime, after which the tokens it
 * refers to have expired anyway); NATS core subject {@link #SUBJECT} tells every instance at once, and a periodic
 * reload from Redis covers a missed message or an instance that started later. The hot path is one lookup in a local
 * map ({@link #isRevoked}). Granularity is the token's {@code iat} (seconds): a token issued in the very second of
 * the revocation still counts, so a new login right after a revocation works.
 */
public class TokenRevocations {

    public static final String SUBJECT = "hockeyhub.security.revocations";

    private static final Logger log = LoggerFactory.getLogger(TokenRevocations.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final Connection nats;
    private final Duration tokenLifetime;
    private final Clock clock;
    private final Map<UUID, Long> notBefore = new ConcurrentHashMap<>();

    public TokenRevocations(StringRedisTemplate redis, String key, Connection nats, Duration tokenLifetime,
            Clock clock) {
        this.redis = redis;
        this.key = key;
        this.nats = nats;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
    }

    /** From now on, the user's access tokens issued before this second are refused by every service. */
    public void revokeUser(UUID userId) {
        long second = clock.instant().getEpochSecond();
        remember(userId, second);
        redis.opsForHash().put(key, userId.toString(), Long.toString(second));
        if (nats != null) {
            try {
                nats.publish(SUBJECT, (userId + " " + second).getBytes(StandardCharsets.US_ASCII));
            } catch (RuntimeException e) {
                log.warn("Revocation of {} not broadcast ({}); instances pick it up at their next reload", userId,
                        e.getMessage());
            }
        }
    }

    /** O(1): whether a token of this user issued at {@code issuedAt} has been revoked. */
    public boolean isRevoked(UUID userId, Instant issuedAt) {
        Long second = notBefore.get(userId);
        return second != null && issuedAt != null && issuedAt.getEpochSecond() < second;
    }

    /** A broadcast revocation: {@code "<userId> <epochSecond>"}; anything else is ignored. */
    public void receive(byte[] message) {
        String[] parts = new String(message, StandardCharsets.US_ASCII).trim().split(" ");
        if (parts.length != 2) {
            return;
        }
        try {
            remember(UUID.fromString(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            log.debug("Ignoring a malformed revocation message");
        }
    }

    /** Takes the whole list from Redis and drops entries older than a token's lifetime (there and here). */
    public void reload() {
        long oldest = clock.instant().minus(tokenLifetime).getEpochSecond();
        Map<Object, Object> entries = redis.opsForHash().entries(key);
        for (Map.Entry<Object, Object> entry : entries.entrySet()) {
            try {
                UUID userId = UUID.fromString(entry.getKey().toString());
                long second = Long.parseLong(entry.getValue().toString());
                if (second < oldest) {
                    redis.opsForHash().delete(key, entry.getKey());
                    notBefore.remove(userId, second);
                } else {
                    remember(userId, second);
                }
            } catch (IllegalArgumentException e) {
                redis.opsForHash().delete(key, entry.getKey());
            }
        }
        notBefore.values().removeIf(second -> second < oldest);
    }

    public int size() {
        return notBefore.size();
    }

    private void remember(UUID userId, long second) {
        notBefore.merge(userId, second, Math::max);
    }
}
