package com.hockeyhub.user.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.security.SecretTokens;
import com.hockeyhub.shared.security.revocation.TokenRevocations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opaque refresh tokens, stored as SHA-256 hashes, 7 days, rotated on every use. Each login starts a family; a
 * rotation continues it. Presenting a token that was already rotated or revoked means it was stolen or replayed:
 * all of the user's refresh tokens are revoked. Statements run in their own (auto-commit) transactions so a
 * revocation sticks even though the request then fails.
 */
@Component
class RefreshTokens {

    /** Outcome of presenting a refresh token. */
    sealed interface Rotation permits Rotated, Invalid, Reused {
    }

    record Rotated(UUID userId, String token) implements Rotation {
    }

    record Invalid() implements Rotation {
    }

    record Reused(UUID userId) implements Rotation {
    }

    private record Row(UUID id, UUID userId, UUID familyId, Instant expiresAt, boolean rotated, boolean revoked) {
    }

    private final JdbcTemplate jdbc;
    private final AuthProperties properties;
    private final ObjectProvider<TokenRevocations> accessTokens;

    RefreshTokens(JdbcTemplate jdbc, AuthProperties properties, ObjectProvider<TokenRevocations> accessTokens) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.accessTokens = accessTokens;
    }

    String issue(UUID userId) {
        return issue(userId, UUID.randomUUID());
    }

    Rotation rotate(String token) {
        Row row = find(token);
        if (row == null || row.expiresAt().isBefore(Instant.now())) {
            return new Invalid();
        }
        if (row.rotated() || row.revoked()) {
            revokeAll(row.userId());
            return new Reused(row.userId());
        }
        int claimed = jdbc.update("UPDATE refresh_tokens SET rotated_at = now() WHERE id = ? AND rotated_at IS NULL"
                + " AND revoked_at IS NULL", row.id());
        if (claimed == 0) {
            // a concurrent request rotated it first: one of the two is a replay
            revokeAll(row.userId());
            return new Reused(row.userId());
        }
        return new Rotated(row.userId(), issue(row.userId(), row.familyId()));
    }

    /**
     * Logout: the token's whole family (this session) ends, and the user's access tokens stop counting in every
     * service (tokens are per user, not per session: other devices refresh and go on).
     */
    void revokeFamily(String token) {
        Row row = find(token);
        if (row != null) {
            jdbc.update("UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = ? AND revoked_at IS NULL",
                    row.familyId());
            accessTokens.ifAvailable(r -> r.revokeUser(row.userId()));
        }
    }

    /** Sign out everywhere: every refresh token of the user, and their access tokens in every service. */
    void revokeAll(UUID userId) {
        jdbc.update("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL", userId);
        accessTokens.ifAvailable(r -> r.revokeUser(userId));
    }

    private String issue(UUID userId, UUID familyId) {
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), userId, familyId, SecretTokens.sha256Hex(token),
                Timestamp.from(now), Timestamp.from(now.plus(properties.getRefreshTokenTtl())));
        return token;
    }

    private Row find(String token) {
        return jdbc.query("SELECT id, user_id, family_id, expires_at, rotated_at IS NOT NULL, revoked_at IS NOT NULL"
                        + " FROM refresh_tokens WHERE token_hash = ?",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), rs.getBoolean(5),
                        rs.getBoolean(6)), SecretTokens.sha256Hex(token)).stream().findFirst().orElse(null);
    }
}
