package com.hockeyhub.shared.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import com.hockeyhub.shared.security.SecretTokens;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Participant-side idempotency: the first call with a key acts and its result is stored (table
 * {@code idempotency_record}, in the service's own database) in the same transaction as the action's effects;
 * every later call with the key returns the stored result without acting. Concurrent calls with one key wait for the
 * first to commit. If the action fails, nothing is stored and a retry acts.
 * <pre>
 * // REST: controller parameter {@code IdempotencyKey key} (from the Idempotency-Key header, null without it)
 * TeamDto team = idempotency.execute("teams.create", key, request, TeamDto.class, () -&gt; teams.create(request));
 * // saga participant or event handler
 * idempotency.execute("payments.start-trial", sagaKey, request, TrialDto.class, () -&gt; trials.start(request));
 * </pre>
 */
public class IdempotencyStore {

    /** Response header set on a replayed REST response. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final IdempotencyProperties properties;

    public IdempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper json,
            Clock clock, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Runs {@code action} once per {@code (operation, caller, key)}; a request without a key simply runs it.
     */
    public <T> T execute(String operation, IdempotencyKey key, Object request, Class<T> resultType, Supplier<T> action) {
        if (key == null) {
            return transaction.execute(status -> action.get());
        }
        String scope = operation + ":" + (key.principal() == null ? "anonymous" : key.principal());
        return execute(scope, key.value(), request, resultType, action);
    }

    /**
     * Runs {@code action} once per {@code (scope, key)} and returns its (stored) result. {@code request}, when given,
     * is fingerprinted: the same key with a different request is refused ({@link IdempotencyKeyReusedException}).
     */
    public <T> T execute(String scope, String key, Object request, Class<T> resultType, Supplier<T> action) {
        requireValid(scope, key);
        String hash = request == null ? null : sha256(json.writeValueAsString(request));
        return transaction.execute(status -> {
            Instant now = clock.instant();
            if (!claim(scope, key, hash, now)) {
                Stored stored = stored(scope, key);
                if (hash != null && stored.requestHash() != null && !hash.equals(stored.requestHash())) {
                    throw new IdempotencyKeyReusedException(key);
                }
                markReplayed();
                return stored.result() == null ? null : json.readValue(stored.result(), resultType);
            }
            T result = action.get();
            jdbc.update("UPDATE idempotency_record SET result = ?::jsonb WHERE scope = ? AND idempotency_key = ?",
                    result == null ? null : json.writeValueAsString(result), scope, key);
            return result;
        });
    }

    /** For actions without a result (e.g. an event handler): returns true when it acted, false for a repeat. */
    public boolean runOnce(String scope, String key, Runnable action) {
        boolean[] acted = {false};
        execute(scope, key, null, Void.class, () -> {
            action.run();
            acted[0] = true;
            return null;
        });
        return acted[0];
    }

    /** Forgets keys older than the retention; returns how many. */
    public int purgeExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update("""
                    DELETE FROM idempotency_record WHERE (scope, idempotency_key) IN (
                        SELECT scope, idempotency_key FROM idempotency_record WHERE expires_at < ?
                        LIMIT 1000 FOR UPDATE SKIP LOCKED)""", ts(clock.instant()));
            total += deleted;
        } while (deleted == 1000);
        return total;
    }

    private boolean claim(String scope, String key, String hash, Instant now) {
        Instant expires = now.plus(properties.getRetention());
        int inserted = jdbc.update("""
                INSERT INTO idempotency_record (scope, idempotency_key, request_hash, result, created_at, expires_at)
                VALUES (?, ?, ?, NULL, ?, ?) ON CONFLICT DO NOTHING""", scope, key, hash, ts(now), ts(expires));
        if (inserted == 1) {
            return true;
        }
        // an expired record no longer counts: take it over
        return jdbc.update("""
                UPDATE idempotency_record SET request_hash = ?, result = NULL, created_at = ?, expires_at = ?
                WHERE scope = ? AND idempotency_key = ? AND expires_at < ?""",
                hash, ts(now), ts(expires), scope, key, ts(now)) == 1;
    }

    private Stored stored(String scope, String key) {
        List<Stored> rows = jdbc.query(
                "SELECT request_hash, result::text FROM idempotency_record WHERE scope = ? AND idempotency_key = ?",
                (rs, n) -> new Stored(rs.getString(1), rs.getString(2)), scope, key);
        if (rows.isEmpty()) {
            throw new IllegalStateException("idempotency record " + scope + "/" + key + " vanished");
        }
        return rows.get(0);
    }

    private static void markReplayed() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletResponse response = servlet.getResponse();
            if (response != null && !response.isCommitted()) {
                response.setHeader(REPLAYED_HEADER, "true");
            }
        }
    }

    private static void requireValid(String scope, String key) {
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("idempotency scope is blank");
        }
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotency key must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    private static String sha256(String text) {
        return SecretTokens.sha256Hex(text);
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Stored(String requestHash, String result) {
    }
}
