package com.hockeyhub.user.auth;

import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;

import com.hockeyhub.shared.security.PemKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The RS256 signing key: from {@code hockeyhub.security.jwt.private-key} (PEM, PKCS#8; env {@code JWT_PRIVATE_KEY}),
 * or a key generated at startup for development (tokens then die with the process, and replicas would not trust
 * each other's tokens — hence the warning). The key id is the RFC 7638 thumbprint, so it is stable for a key.
 * <p>
 * Rotation: configure the new private key and list the old public key in
 * {@code hockeyhub.security.jwt.previous-public-keys} (PEM, comma-separated; env {@code JWT_PREVIOUS_PUBLIC_KEYS}).
 * New tokens are signed with the new key; the JWKS publishes both, so every service keeps accepting tokens signed
 * with the old key until they expire; remove it after the access-token lifetime.
 */
@Component
public class JwtKeys {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);

    private final RSAKey key;
    private final List<RSAKey> previous = new ArrayList<>();

    public JwtKeys(@Value("${hockeyhub.security.jwt.private-key:}") String privateKeyPem,
            @Value("${hockeyhub.security.jwt.previous-public-keys:}") String[] previousPublicKeys) {
        try {
            RSAPrivateKey privateKey;
            if (privateKeyPem == null || privateKeyPem.isBlank()) {
                log.warn("No hockeyhub.security.jwt.private-key (JWT_PRIVATE_KEY) configured: generated a development "
                        + "signing key. Tokens will not survive a restart and other replicas will not accept them.");
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                privateKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
            } else {
                privateKey = PemKeys.privateKey(privateKeyPem);
            }
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException("The JWT private key must be an RSA key with CRT parameters (PKCS#8)");
            }
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            this.key = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).keyID(withoutId.computeThumbprint().toString()).build();
            for (String pem : previousPublicKeys) {
                if (!pem.isBlank()) {
                    RSAPublicKey old = PemKeys.publicKey(pem);
                    previous.add(new RSAKey.Builder(old).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                            .keyID(new RSAKey.Builder(old).build().computeThumbprint().toString()).build());
                }
            }
        } catch (JOSEException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the JWT signing key", e);
        }
    }

    public RSAKey signingKey() {
        return key;
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return key.getKeyID();
    }

    /**
     * The keys that may have signed a token with this header: the one its {@code kid} names, or — for a token
     * without a known {@code kid} — every published key. Only RS256.
     */
    public List<Key> verificationKeys(JWSHeader header,
            SecurityContext context) throws KeySourceException {
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            return List.of();
        }
        List<RSAKey> all = new ArrayList<>();
        all.add(key);
        all.addAll(previous);
        List<RSAKey> named = all.stream().filter(k -> k.getKeyID().equals(header.getKeyID())).toList();
        List<Key> result = new ArrayList<>();
        for (RSAKey candidate : named.isEmpty() ? all : named) {
            try {
                result.add(candidate.toRSAPublicKey());
            } catch (JOSEException e) {
                throw new KeySourceException(e.getMessage(), e);
            }
        }
        return result;
    }

    /** The public keys — the signing key's, then the previous ones — as served at {@code /.well-known/jwks.json}. */
    public JWKSet publicJwkSet() {
        List<JWK> keys = new ArrayList<>();
        keys.add(key.toPublicJWK());
        keys.addAll(previous);
        return new JWKSet(keys);
    }
}
