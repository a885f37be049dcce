package com.hockeyhub.shared.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the validated JWT and the {@link CurrentUser} read from it. */
public class CurrentUserAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;
    private final Jwt token;

    public CurrentUserAuthentication(CurrentUser user, Jwt token) {
        this(user, token, authoritiesOf(user));
    }

    CurrentUserAuthentication(CurrentUser user, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    static Set<GrantedAuthority> authoritiesOf(CurrentUser user) {
        return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    public Jwt getToken() {
        return token;
    }

    @Override
    public String getName() {
        return user.id().toString();
    }
}
