package com.hockeyhub.shared.security;

/** Claim names of Hockey Hub access tokens (issued by user-service, read by every service). */
public final class TokenClaims {

    public static final String EMAIL = "email";
    public static final String ORGANIZATION = "org";
    public static final String ROLES = "roles";
    public static final String TEAMS = "teams";
    public static final String CHILDREN = "children";
    public static final String TOKEN_TYPE = "typ";

    private TokenClaims() {
    }
}
