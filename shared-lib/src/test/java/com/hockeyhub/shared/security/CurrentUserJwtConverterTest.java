package com.hockeyhub.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class CurrentUserJwtConverterTest {

    private final CurrentUserJwtConverter converter = new CurrentUserJwtConverter();

    @Test
    void readsTheClaimsOfATokenOnceAndGivesEveryRequestItsOwnAuthentication() {
        UUID user = UUID.randomUUID();
        UUID club = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        Jwt jwt = token(user.toString(), club.toString(), List.of("COACH"), List.of(team.toString()));

        CurrentUserAuthentication first = converter.convert(jwt);
        CurrentUserAuthentication second = converter.convert(jwt);

        assertThat(first).isNotSameAs(second);
        assertThat(second.getPrincipal()).isSameAs(first.getPrincipal());
        assertThat(first.getPrincipal().id()).isEqualTo(user);
        assertThat(first.getPrincipal().organizationId()).isEqualTo(club);
        assertThat(first.getPrincipal().teamIds()).containsExactly(team);
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.COACH.authority());
        assertThat(second.getToken()).isSameAs(jwt);
        assertThat(second.isAuthenticated()).isTrue();
    }

    @Test
    void anotherTokenWithEqualContentIsReadForItself() {
        UUID user = UUID.randomUUID();
        CurrentUserAuthentication coach = converter.convert(token(user.toString(), null, List.of("COACH"), List.of()));
        CurrentUserAuthentication player = converter.convert(token(user.toString(), null, List.of("PLAYER"), List.of()));

        assertThat(coach.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.COACH.authority());
        assertThat(player.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.PLAYER.authority());
    }

    @Test
    void aTokenWithInvalidClaimsIsRefusedEveryTime() {
        Jwt jwt = token("not-a-uuid", null, List.of("COACH"), List.of());

        assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void anUnknownRoleIsRefused() {
        Jwt jwt = token(UUID.randomUUID().toString(), null, List.of("OVERLORD"), List.of());

        assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    private static Jwt token(String subject, String club, List<String> roles, List<String> teams) {
        Jwt.Builder builder = Jwt.withTokenValue("t-" + UUID.randomUUID()).header("alg", "RS256").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600))
                .claim(TokenClaims.ROLES, roles).claim(TokenClaims.TEAMS, teams);
        if (club != null) {
            builder.claim(TokenClaims.ORGANIZATION, club);
        }
        return builder.build();
    }
}
