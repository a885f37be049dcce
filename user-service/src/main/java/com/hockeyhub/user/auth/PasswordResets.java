package com.hockeyhub.user.auth;

import com.hockeyhub.shared.security.SecretTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Password-reset tokens: random, stored hashed, single use, short-lived. A new request voids older tokens. */
@Component
class PasswordResets {

    private final JdbcTemplate jdbc;
    private final AuthProperties properties;

    PasswordResets(JdbcTemplate jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String create(UUID userId) {
        jdbc.update("UPDATE password_reset_tokens SET used_at = now() WHERE user_id = ? AND used_at IS NULL", userId);
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO password_reset_tokens (id, user_id, token_hash, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)", UUID.randomUUID(), userId, SecretTokens.sha256Hex(token),
                Timestamp.from(now), Timestamp.from(now.plus(properties.getResetTokenTtl())));
        return token;
    }

    /** Marks the token used and returns its user, or empty when it is unknown, used or expired. */
    Optional<UUID> consume(String token) {
        return jdbc.query("UPDATE password_reset_tokens SET used_at = now() WHERE token_hash = ? AND used_at IS NULL"
                        + " AND expires_at > now() RETURNING user_id",
                (rs, i) -> rs.getObject(1, UUID.class), SecretTokens.sha256Hex(token)).stream().findFirst();
    }
}
