package com.hockeyhub.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers tokens it has verified, so the RS256 signature (about three quarters of the CPU
 * of an authenticated request) is checked once per token instead of on every request. A remembered token is served
 * only while it is unexpired ({@code exp}, no clock skew) and for at most {@code maxAge} (so a key withdrawn from the
 * JWKS stops being honoured soon); after that the delegate verifies it again with all its validators. Tokens that
 * fail are never remembered. Bounded: when full, expired entries are dropped, then arbitrary ones.
 */
public class VerifiedTokenCache implements JwtDecoder {

    private record Entry(Jwt jwt, Instant validUntil) {
    }

    private final JwtDecoder delegate;
    private final int maxSize;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder verifications = new LongAdder();

    public VerifiedTokenCache(JwtDecoder delegate, int maxSize, Duration maxAge, Clock clock) {
        this.delegate = delegate;
        this.maxSize = maxSize;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Entry entry = verified.get(token);
        if (entry != null) {
            if (now.isBefore(entry.validUntil())) {
                hits.increment();
                return entry.jwt();
            }
            verified.remove(token, entry);
        }
        verifications.increment();
        Jwt jwt = delegate.decode(token);
        Instant validUntil = now.plus(maxAge);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(validUntil)) {
            validUntil = jwt.getExpiresAt();
        }
        if (now.isBefore(validUntil)) {
            if (verified.size() >= maxSize) {
                makeRoom(now);
            }
            verified.put(token, new Entry(jwt, validUntil));
        }
        return jwt;
    }

    private void makeRoom(Instant now) {
        verified.values().removeIf(e -> !now.isBefore(e.validUntil()));
        Iterator<String> keys = verified.keySet().iterator();
        int excess = verified.size() - maxSize + Math.max(1, maxSize / 10);
        while (excess-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    public int size() {
        return verified.size();
    }

    public long hits() {
        return hits.sum();
    }

    public long verifications() {
        return verifications.sum();
    }
}
