package com.hockeyhub.shared.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads a validated access token into a {@link CurrentUserAuthentication}; a token missing required claims is rejected
 * (401). The claims of a token are read once: {@link VerifiedTokenCache} hands out the same {@link Jwt} for a token it
 * remembers and a {@code Jwt} never changes, so what was read is kept per {@code Jwt} instance (weak keys compare by
 * identity, and an entry goes when its token is dropped). Each request still gets an authentication of its own.
 */
public class CurrentUserJwtConverter implements Converter<Jwt, CurrentUserAuthentication> {

    private record Read(CurrentUser user, Set<GrantedAuthority> authorities) {
    }

    private final Cache<Jwt, Read> read = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    @Override
    public CurrentUserAuthentication convert(Jwt jwt) {
        Read claims = read.get(jwt, CurrentUserJwtConverter::read);
        return new CurrentUserAuthentication(claims.user(), jwt, claims.authorities());
    }

    private static Read read(Jwt jwt) {
        try {
            UUID id = UUID.fromString(jwt.getSubject());
            String org = jwt.getClaimAsString(TokenClaims.ORGANIZATION);
            UUID organization = org == null || org.isBlank() ? null : UUID.fromString(org);
            Set<Role> roles = new LinkedHashSet<>();
            for (String role : strings(jwt.getClaim(TokenClaims.ROLES))) {
                roles.add(Role.parse(role));
            }
            CurrentUser user = new CurrentUser(id, organization, jwt.getClaimAsString(TokenClaims.EMAIL), roles,
                    uuids(jwt.getClaim(TokenClaims.TEAMS)), uuids(jwt.getClaim(TokenClaims.CHILDREN)));
            return new Read(user, CurrentUserAuthentication.authoritiesOf(user));
        } catch (RuntimeException e) {
            throw new InvalidBearerTokenException("The token's claims are not valid Hockey Hub claims");
        }
    }

    private static List<String> strings(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(claim).split("[ ,]+"));
    }

    private static Set<UUID> uuids(Object claim) {
        Set<UUID> result = new LinkedHashSet<>();
        for (String value : strings(claim)) {
            if (!value.isBlank()) {
                result.add(UUID.fromString(value));
            }
        }
        return result;
    }
}
