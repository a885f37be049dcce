package com.hockeyhub.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder real = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256).build();
    private final JwtDecoder counting = token -> {
        verifications.incrementAndGet();
        return real.decode(token);
    };
    private final MovableClock clock = new MovableClock();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(counting, 10, Duration.ofMinutes(5), clock);

    @Test
    void aVerifiedTokenIsNotVerifiedAgainUntilItsMaxAge() {
        String token = TestTokens.user(UUID.randomUUID()).roles(Role.COACH).mint();
        Jwt first = cache.decode(token);
        Jwt second = cache.decode(token);
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        cache.decode(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsNeverServedFromMemoryPastItsExpiry() {
        // TestTokens live 15 minutes; with a max age beyond that, expiry is what ends the entry
        VerifiedTokenCache longLived = new VerifiedTokenCache(counting, 10, Duration.ofHours(1), clock);
        String token = TestTokens.user(UUID.randomUUID()).mint();
        longLived.decode(token);
        clock.advance(Duration.ofMinutes(14));
        longLived.decode(token);
        assertThat(verifications).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        longLived.decode(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void rejectedTokensAreRejectedEveryTimeAndNotRemembered() {
        String expired = TestTokens.user(UUID.randomUUID()).expired().mint();
        String stranger = TestTokens.user(UUID.randomUUID()).signedByStranger().mint();
        String tampered = TestTokens.tampered(TestTokens.user(UUID.randomUUID()).mint());
        for (String token : new String[] {expired, stranger, tampered}) {
            assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtException.class);
        }
        assertThat(verifications).hasValue(6);
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < 25; i++) {
            cache.decode(TestTokens.user(UUID.randomUUID()).mint());
        }
        assertThat(cache.size()).isLessThanOrEqualTo(10);
        String token = TestTokens.user(UUID.randomUUID()).mint();
        cache.decode(token);
        cache.decode(token);
        assertThat(cache.hits()).isEqualTo(1);
    }
}
