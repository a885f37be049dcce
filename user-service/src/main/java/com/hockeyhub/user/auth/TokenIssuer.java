package com.hockeyhub.user.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.security.TokenClaims;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs access tokens with the claims every service reads ({@link TokenClaims}, shared-lib's CurrentUser). */
@Component
public class TokenIssuer {

    /** The identity claims of an access token. */
    public record Identity(UUID userId, String email, UUID organizationId, Set<Role> roles, Set<UUID> teams,
                           Set<UUID> children) {
    }

    private final JwtEncoder encoder;
    private final JwtKeys keys;
    private final AuthProperties properties;

    public TokenIssuer(JwtEncoder encoder, JwtKeys keys, AuthProperties properties) {
        this.encoder = encoder;
        this.keys = keys;
        this.properties = properties;
    }

    public String accessToken(Identity identity) {
        JwtClaimsSet.Builder claims = base(identity.userId().toString(), properties.getAccessTokenTtl().toSeconds())
                .claim(TokenClaims.ROLES, identity.roles().stream().map(Role::claimValue).sorted().toList())
                .claim(TokenClaims.TEAMS, strings(identity.teams()))
                .claim(TokenClaims.CHILDREN, strings(identity.children()))
                .claim(TokenClaims.TOKEN_TYPE, "access");
        if (identity.email() != null) {
            claims.claim(TokenClaims.EMAIL, identity.email());
        }
        if (identity.organizationId() != null) {
            claims.claim(TokenClaims.ORGANIZATION, identity.organizationId().toString());
        }
        return encode(claims.build());
    }

    /** A token for another Hockey Hub service: role {@code service}, no club, a stable subject per client. */
    public String serviceToken(String clientId) {
        JwtClaimsSet claims = base(serviceSubject(clientId).toString(), properties.getServiceTokenTtl().toSeconds())
                .claim(TokenClaims.ROLES, java.util.List.of(Role.SERVICE.claimValue()))
                .claim(TokenClaims.TOKEN_TYPE, "service")
                .claim("client_id", clientId)
                .build();
        return encode(claims);
    }

    public static UUID serviceSubject(String clientId) {
        return UUID.nameUUIDFromBytes(("hockeyhub-service:" + clientId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private JwtClaimsSet.Builder base(String subject, long ttlSeconds) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder().issuer(properties.getIssuer()).subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(ttlSeconds)).id(UUID.randomUUID().toString());
    }

    private String encode(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.keyId()).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static java.util.List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
