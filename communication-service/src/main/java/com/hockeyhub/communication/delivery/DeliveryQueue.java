package com.hockeyhub.communication.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The persistent queue of e-mail and push deliveries. Each replica's job claims due deliveries with
 * {@code FOR UPDATE SKIP LOCKED}, leasing them (next attempt pushed out) in the claiming transaction, then sends
 * outside it: a replica that dies mid-send leaves the delivery to be retried when the lease ends. A failed attempt is
 * retried after {@code backoff × 2^(attempts-1)}; after {@code max-attempts} the delivery stays failed, with its reason.
 */
@Service
public class DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    /** One delivery as its person sees it: {@code status} pending, sent or failed; {@code lastError} the reason. */
    public record DeliveryView(UUID id, UUID notificationId, String channel, String status, int attempts,
                               Instant nextAttemptAt, String lastError, Instant sentAt) {
    }

    private record Claim(UUID id, int attempts, String channel) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, DeliveryChannel> channels;
    private final DeliveryProperties properties;

    DeliveryQueue(JdbcTemplate jdbc, TransactionTemplate transactions, List<DeliveryChannel> channels,
            DeliveryProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.channels = channels.stream().collect(Collectors.toMap(DeliveryChannel::channel, Function.identity()));
        this.properties = properties;
    }

    /** Queues a notification for a channel, due at {@code at} (within the caller's transaction). */
    public void enqueue(UUID organizationId, UUID notificationId, UUID userId, String channel, Instant at) {
        jdbc.update("""
                INSERT INTO notification_deliveries (id, organization_id, notification_id, user_id, channel, status,
                                                     next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'pending', ?, now()) ON CONFLICT (notification_id, channel) DO NOTHING""",
                Uuid7.next(), organizationId, notificationId, userId, channel, Timestamp.from(at));
    }

    /** Sends one batch of due deliveries; returns how many this call attempted. */
    public int deliverDue(Instant now) {
        List<Claim> claimed = transactions.execute(status -> jdbc.query("""
                UPDATE notification_deliveries SET attempts = attempts + 1, next_attempt_at = ?
                WHERE id IN (SELECT id FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
                             ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, attempts, channel""", (rs, i) -> new Claim(rs.getObject("id", UUID.class),
                rs.getInt("attempts"), rs.getString("channel")), Timestamp.from(now.plus(properties.lease())),
                Timestamp.from(now), properties.batchSize()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Map<UUID, DeliveryChannel.Delivery> details = jdbc.query("""
                SELECT d.id, d.user_id, n.title, n.body, n.link, n.priority, p.email
                FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
                LEFT JOIN hockeyhub_roster_person p ON p.user_id = d.user_id
                WHERE d.id = ANY (CAST(? AS uuid[]))""", (rs, i) -> new DeliveryChannel.Delivery(
                rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("email"),
                rs.getString("title"), rs.getString("body"), rs.getString("link"), rs.getString("priority")),
                "{" + String.join(",", claimed.stream().map(c -> c.id().toString()).toList()) + "}").stream()
                .collect(Collectors.toMap(DeliveryChannel.Delivery::id, Function.identity()));
        for (Claim claim : claimed) {
            try {
                channels.get(claim.channel()).send(details.get(claim.id()));
                jdbc.update("UPDATE notification_deliveries SET status = 'sent', sent_at = ?, last_error = NULL "
                        + "WHERE id = ?", Timestamp.from(now), claim.id());
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
                if (claim.attempts() >= properties.maxAttempts()) {
                    jdbc.update("UPDATE notification_deliveries SET status = 'failed', last_error = ? WHERE id = ?",
                            reason, claim.id());
                    log.warn("Delivery {} by {} failed for good after {} attempts: {}", claim.id(), claim.channel(),
                            claim.attempts(), reason);
                } else {
                    Duration wait = properties.backoff().multipliedBy(1L << Math.min(claim.attempts() - 1, 20));
                    jdbc.update("UPDATE notification_deliveries SET next_attempt_at = ?, last_error = ? WHERE id = ?",
                            Timestamp.from(now.plus(wait)), reason, claim.id());
                }
            }
        }
        return claimed.size();
    }

    /** The caller's deliveries, newest first; {@code status} filters (pending, sent, failed). */
    @Transactional(readOnly = true)
    public List<DeliveryView> of(UUID userId, String status) {
        if (status != null && !List.of("pending", "sent", "failed").contains(status)) {
            throw new InvalidRequestException("status", "is one of pending, sent, failed");
        }
        return jdbc.query("SELECT id, notification_id, channel, status, attempts, next_attempt_at, last_error, sent_at "
                + "FROM notification_deliveries WHERE user_id = ? AND (CAST(? AS text) IS NULL OR status = ?) "
                + "ORDER BY created_at DESC, id DESC LIMIT 100", (rs, i) -> new DeliveryView(
                rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class), rs.getString("channel"),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "sent_at")), userId, status, status);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
