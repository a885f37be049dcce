package com.hockeyhub.shared.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.PemKeys;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.security.TokenClaims;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints access tokens for tests, signed with a key pair that the service under test trusts
 * (the test context sets {@code hockeyhub.security.jwt.public-key} and {@code .private-key} to it).
 * <pre>
 * String token = TestTokens.user(userId).organization(orgId).roles(Role.COACH).teams(teamId).mint();
 * </pre>
 */
public final class TestTokens {

    private static final KeyPair KEYS = generate();
    private static final String KEY_ID = "test-key";

    private TestTokens() {
    }

    public static Builder user(UUID userId) {
        return new Builder(userId);
    }

    /** A user with a fresh id in the given organization and roles. */
    public static Builder anyone(UUID organizationId, Role... roles) {
        return new Builder(UUID.randomUUID()).organization(organizationId).roles(roles);
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static RSAPrivateKey privateKey() {
        return (RSAPrivateKey) KEYS.getPrivate();
    }

    public static String publicKeyPem() {
        return PemKeys.toPem(KEYS.getPublic());
    }

    public static String privateKeyPem() {
        return PemKeys.toPem(KEYS.getPrivate());
    }

    public static String keyId() {
        return KEY_ID;
    }

    /** The same token with one character of its signature changed. */
    public static String tampered(String token) {
        int last = token.length() - 5;
        char replaced = token.charAt(last) == 'A' ? 'B' : 'A';
        return token.substring(0, last) + replaced + token.substring(last + 1);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Builder {

        private final UUID userId;
        private UUID organizationId;
        private String email;
        private final Set<Role> roles = new LinkedHashSet<>();
        private final Set<UUID> teams = new LinkedHashSet<>();
        private final Set<UUID> children = new LinkedHashSet<>();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(15);
        private RSAPrivateKey signingKey = privateKey();

        private Builder(UUID userId) {
            this.userId = userId;
        }

        public Builder organization(UUID organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder roles(Role... roles) {
            this.roles.addAll(List.of(roles));
            return this;
        }

        public Builder teams(UUID... teams) {
            this.teams.addAll(List.of(teams));
            return this;
        }

        public Builder children(UUID... children) {
            this.children.addAll(List.of(children));
            return this;
        }

        /** A token that expired a minute ago (beyond the validator's clock skew). */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(1));
            this.lifetime = Duration.ofMinutes(15);
            return this;
        }

        /** Signed by a key nobody trusts. */
        public Builder signedByStranger() {
            this.signingKey = (RSAPrivateKey) generate().getPrivate();
            return this;
        }

        public UUID userId() {
            return userId;
        }

        public String mint() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(userId.toString())
                    .issuer("hockey-hub-test")
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim(TokenClaims.ROLES, roles.stream().map(Role::claimValue).toList())
                    .claim(TokenClaims.TEAMS, teams.stream().map(UUID::toString).toList())
                    .claim(TokenClaims.CHILDREN, children.stream().map(UUID::toString).toList());
            if (organizationId != null) {
                claims.claim(TokenClaims.ORGANIZATION, organizationId.toString());
            }
            if (email != null) {
                claims.claim(TokenClaims.EMAIL, email);
            }
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code "Bearer <token>"} for an Authorization header. */
        public String bearer() {
            return "Bearer " + mint();
        }
    }
}
