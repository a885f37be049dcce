package com.hockeyhub.user.auth;

import com.hockeyhub.user.user.SessionsRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends every refresh token of a user after a sensitive change, inside the transaction that made it. */
@Component
class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final RefreshTokens refreshTokens;

    SessionRevocation(RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @EventListener
    void on(SessionsRevoked event) {
        refreshTokens.revokeAll(event.userId());
        log.info("Sessions of user {} ended: {}", event.userId(), event.reason());
    }
}
