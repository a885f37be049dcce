package com.hockeyhub.shared.security.revocation;

import java.util.UUID;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Refuses (401) a verified token whose user revoked their tokens after it was issued. Sits in front of the verified
 * token cache, so a remembered token is checked on every request too.
 */
public class RevocationCheckingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final TokenRevocations revocations;

    public RevocationCheckingJwtDecoder(JwtDecoder delegate, TokenRevocations revocations) {
        this.delegate = delegate;
        this.revocations = revocations;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = delegate.decode(token);
        UUID userId = userId(jwt.getSubject());
        if (userId != null && revocations.isRevoked(userId, jwt.getIssuedAt())) {
            throw new BadJwtException("The token has been revoked");
        }
        return jwt;
    }

    /** The decoder that verifies (the verified-token cache in every service). */
    public JwtDecoder delegate() {
        return delegate;
    }

    private static UUID userId(String subject) {
        if (subject == null || subject.length() != 36) {
            return null; // service tokens name a client, not a user
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
