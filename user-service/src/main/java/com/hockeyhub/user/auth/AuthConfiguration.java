package com.hockeyhub.user.auth;

import java.util.Map;

import com.hockeyhub.shared.security.SecurityProperties;
import com.hockeyhub.shared.security.JwtDecoders;
import com.hockeyhub.shared.security.revocation.TokenRevocations;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * user-service validates its own tokens with its own keys — the signing key and any previous ones still published
 * (no JWKS round trip to itself); this decoder replaces shared-lib's default one.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    /**
     * Like shared-lib's default decoder: verified tokens are remembered until they expire (VerifiedTokenCache), and
     * revoked ones are refused (TokenRevocations).
     */
    @Bean
    JwtDecoder jwtDecoder(JwtKeys keys, SecurityProperties security, ObjectProvider<TokenRevocations> revocations) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keys::verificationKeys);
        processor.setJWTClaimsSetVerifier((claims, context) -> { }); // Spring's validators below check the claims
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(JwtValidators.createDefault());
        return JwtDecoders.cachedAndRevocable(decoder, security.getJwt(), revocations.getIfAvailable());
    }

    @Bean
    JwtEncoder jwtEncoder(JwtKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(keys.signingKey())));
    }

    /**
     * Argon2id for new hashes (no 72-byte limit, unlike BCrypt, so the policy's 128 characters all count);
     * BCrypt hashes, e.g. imported from the legacy system without an {@code {id}} prefix, still verify.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }
}
