package com.hockeyhub.user.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.hockeyhub.shared.security.PemKeys;
import com.hockeyhub.shared.security.SecurityProperties;
import com.hockeyhub.shared.security.revocation.TokenRevocations;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rotating the signing key: tokens of the previous key stay valid while its public half is still listed. */
class JwtKeyRotationTest {

    private static final ObjectProvider<TokenRevocations> NO_REVOCATIONS =
            new StaticListableBeanFactory().getBeanProvider(TokenRevocations.class);

    private final KeyPair oldPair = rsa();
    private final KeyPair newPair = rsa();

    @Test
    void thePreviousKeyIsPublishedAndItsTokensAcceptedUntilItIsRemoved() throws Exception {
        JwtKeys old = new JwtKeys(PemKeys.toPem(oldPair.getPrivate()), new String[0]);
        String oldToken = sign(old.signingKey().getKeyID(), (RSAPrivateKey) oldPair.getPrivate());

        JwtKeys rotated = new JwtKeys(PemKeys.toPem(newPair.getPrivate()),
                new String[] {PemKeys.toPem(oldPair.getPublic())});
        assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
        assertThat(rotated.publicJwkSet().getKeys()).extracting(JWK::getKeyID)
                .containsExactly(rotated.keyId(), old.keyId());
        assertThat(rotated.publicJwkSet().getKeys()).noneMatch(JWK::isPrivate);

        JwtDecoder decoder = new AuthConfiguration().jwtDecoder(rotated, new SecurityProperties(), NO_REVOCATIONS);
        assertThat(decoder.decode(oldToken).getSubject()).isNotBlank();
        String newToken = sign(rotated.keyId(), (RSAPrivateKey) newPair.getPrivate());
        assertThat(decoder.decode(newToken).getSubject()).isNotBlank();

        JwtKeys afterwards = new JwtKeys(PemKeys.toPem(newPair.getPrivate()), new String[] {""});
        assertThat(afterwards.publicJwkSet().getKeys()).hasSize(1);
        JwtDecoder strict = new AuthConfiguration().jwtDecoder(afterwards, new SecurityProperties(), NO_REVOCATIONS);
        assertThatThrownBy(() -> strict.decode(oldToken)).isInstanceOf(JwtException.class);
        assertThat(strict.decode(newToken).getSubject()).isNotBlank();
    }

    @Test
    void aTokenSignedWithAnUnlistedKeyUnderAListedKeyIdIsRefused() throws Exception {
        JwtKeys keys = new JwtKeys(PemKeys.toPem(newPair.getPrivate()), new String[0]);
        String forged = sign(keys.keyId(), (RSAPrivateKey) oldPair.getPrivate());
        JwtDecoder decoder = new AuthConfiguration().jwtDecoder(keys, new SecurityProperties(), NO_REVOCATIONS);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    }

    private static String sign(String keyId, RSAPrivateKey key) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString()).issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
