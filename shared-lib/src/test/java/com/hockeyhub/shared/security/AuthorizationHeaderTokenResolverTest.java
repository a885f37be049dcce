package com.hockeyhub.shared.security;

import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationHeaderTokenResolverTest {

    private final BearerTokenResolver fast = new AuthorizationHeaderTokenResolver();
    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void resolvesExactlyAsSpringSecuritysDefaultResolver() {
        String[] headers = {null, "", "Bearer", "Bearer ", "bearer", "Bearer abc", "bearer abc", "BEARER abc",
                "Bearer  abc", "Bearer abc ", "Bearer abc def", "Bearer a.b.c", "Bearer a-b_c~d+e/f", "Bearer abc==",
                "Bearer abc=d", "Bearer =", "Bearer ==abc", "Bearer ab\"c", "Bearer äbc", "Bearerabc", "Bearer\tabc",
                "Basic dXNlcjpwYXNz", "DPoP abc", "Token abc", "bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"};
        for (String header : headers) {
            assertThat(outcome(fast, header)).as("Authorization: %s", header).isEqualTo(outcome(spring, header));
        }
    }

    @Test
    void malformedBearerTokensAreInvalidTokenErrors() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer abc def");
        assertThatThrownBy(() -> fast.resolve(request))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo("invalid_token"));
    }

    @Test
    void neverTakesTheTokenFromAQueryParameter() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
        request.setQueryString("access_token=abc");
        request.addParameter("access_token", "abc");
        assertThat(fast.resolve(request)).isNull();
    }

    private static String outcome(BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            return "token:" + Objects.toString(resolver.resolve(request));
        } catch (OAuth2AuthenticationException e) {
            return "error:" + e.getError().getErrorCode();
        }
    }
}
