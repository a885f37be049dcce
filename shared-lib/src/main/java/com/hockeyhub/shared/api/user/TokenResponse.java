package com.hockeyhub.shared.api.user;

/**
 * Tokens issued by user-service. {@code refreshToken} is absent for service tokens;
 * {@code expiresIn} is the access token's lifetime in seconds.
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                            long refreshExpiresIn) {
}
