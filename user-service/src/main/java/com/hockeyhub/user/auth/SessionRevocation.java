package com.hockeyhub.user.auth;

import com.hockeyhub.shared.security.revocation.TokenRevocations;
import com.hockeyhub.user.user.AccessTokensOutdated;
import com.hockeyhub.user.user.SessionsRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user after a sensitive change, inside the transaction that made it (refresh tokens and,
 * through {@link RefreshTokens#revokeAll}, access tokens everywhere); after a change of what the token says (roles),
 * only the access tokens.
 */
@Component
class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final RefreshTokens refreshTokens;
    private final ObjectProvider<TokenRevocations> revocations;

    SessionRevocation(RefreshTokens refreshTokens, ObjectProvider<TokenRevocations> revocations) {
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
    }

    @EventListener
    void on(SessionsRevoked event) {
        refreshTokens.revokeAll(event.userId());
        log.info("Sessions of user {} ended: {}", event.userId(), event.reason());
    }

    @EventListener
    void on(AccessTokensOutdated event) {
        revocations.ifAvailable(r -> r.revokeUser(event.userId()));
        log.info("Access tokens of user {} revoked: {}", event.userId(), event.reason());
    }
}
