package com.hockeyhub.shared.security;

import java.time.Clock;

import com.hockeyhub.shared.security.revocation.RevocationCheckingJwtDecoder;
import com.hockeyhub.shared.security.revocation.TokenRevocations;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** What every service puts around its signature-checking decoder: the verified-token cache, then revocation. */
public final class JwtDecoders {

    private JwtDecoders() {
    }

    /** {@code revocations} may be null (no Redis): tokens then count until they expire. */
    public static JwtDecoder cachedAndRevocable(JwtDecoder verifying, SecurityProperties.Jwt settings,
            TokenRevocations revocations) {
        JwtDecoder cached = settings.getVerifiedCacheSize() > 0
                ? new VerifiedTokenCache(verifying, settings.getVerifiedCacheSize(), settings.getVerifiedCacheMaxAge(),
                        Clock.systemUTC())
                : verifying;
        return revocations == null ? cached : new RevocationCheckingJwtDecoder(cached, revocations);
    }
}
