package com.hockeyhub.user.auth;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed-login lockout, keyed by the normalised e-mail whether or not an account exists (so the answers never
 * reveal which addresses are registered). Failures count within the window, after the last success and after the
 * last lock ended; reaching the limit locks the address. Statements auto-commit: a failed login still counts.
 */
@Component
class LoginAttempts {

    private final JdbcTemplate jdbc;
    private final AuthProperties properties;

    LoginAttempts(JdbcTemplate jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    boolean isLocked(String email) {
        Boolean locked = jdbc.query("SELECT locked_until > now() FROM login_lockouts WHERE email = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, email);
        return Boolean.TRUE.equals(locked);
    }

    void recordSuccess(String email, UUID userId, String ip) {
        jdbc.update("INSERT INTO login_attempts (email, user_id, success, ip_address, attempted_at)"
                + " VALUES (?, ?, true, ?, clock_timestamp())", email, userId, ip);
    }

    /** Records a failure; true when this failure locked the address. */
    boolean recordFailure(String email, UUID userId, String ip) {
        jdbc.update("INSERT INTO login_attempts (email, user_id, success, ip_address, attempted_at)"
                + " VALUES (?, ?, false, ?, clock_timestamp())", email, userId, ip);
        Integer failures = jdbc.queryForObject("""
                SELECT count(*) FROM login_attempts a
                WHERE a.email = ? AND NOT a.success
                  AND a.attempted_at > greatest(
                      clock_timestamp() - make_interval(secs => ?),
                      coalesce((SELECT max(s.attempted_at) FROM login_attempts s WHERE s.email = a.email AND s.success),
                               '-infinity'),
                      coalesce((SELECT l.locked_until FROM login_lockouts l WHERE l.email = a.email), '-infinity'))
                """, Integer.class, email, (double) properties.getFailureWindow().toSeconds());
        if (failures != null && failures >= properties.getMaxFailedLogins()) {
            jdbc.update("""
                    INSERT INTO login_lockouts (email, locked_until) VALUES (?, clock_timestamp() + make_interval(secs => ?))
                    ON CONFLICT (email) DO UPDATE SET locked_until = excluded.locked_until
                    """, email, (double) properties.getLockDuration().toSeconds());
            return true;
        }
        return false;
    }

    /**
     * A completed password reset proves ownership of the address: any lock ends now, and earlier failures no longer
     * count (they are older than the lock's end).
     */
    void unlock(String email) {
        jdbc.update("""
                INSERT INTO login_lockouts (email, locked_until) VALUES (?, clock_timestamp())
                ON CONFLICT (email) DO UPDATE SET locked_until = excluded.locked_until
                """, email);
    }
}
