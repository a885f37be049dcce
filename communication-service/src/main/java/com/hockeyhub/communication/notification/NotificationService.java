package com.hockeyhub.communication.notification;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.delivery.DeliveryQueue;
import com.hockeyhub.communication.realtime.RealtimeHub;
import com.hockeyhub.shared.api.communication.CommunicationEvents;
import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications for people: one per person and source (an event, a saga step), so a redelivered event never notifies
 * twice; routine ones are held until the person's quiet hours end, urgent ones are delivered at once; kinds a person
 * muted are not created.
 */
@Service
public class NotificationService {

    public record Notice(String kind, Priority priority, String title, String body, String link) {
    }

    public record NotificationView(UUID id, String kind, Priority priority, String title, String body, String link,
                                   Instant deliveredAt, Instant readAt) {
    }

    /** Kinds muted in-app ({@code mutedKinds}), by e-mail and by push; urgent notifications ignore them. */
    public record Preferences(LocalTime quietFrom, LocalTime quietTo, String timeZone, List<String> mutedKinds,
                              List<String> emailMutedKinds, List<String> pushMutedKinds) {
    }

    private final JdbcTemplate jdbc;
    private final ClubNotificationDefaults clubDefaults;
    private final EventPublisher events;
    private final RealtimeHub realtime;
    private final DeliveryQueue deliveries;
    private final Clock clock = Clock.systemUTC();

    NotificationService(JdbcTemplate jdbc, ClubNotificationDefaults clubDefaults, EventPublisher events,
            RealtimeHub realtime, DeliveryQueue deliveries) {
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clubDefaults = clubDefaults;
        this.events = events;
        this.realtime = realtime;
    }

    /** Notifies each person once per source; returns how many notifications were new. */
    @Transactional
    public int notify(UUID organizationId, Collection<UUID> people, Notice notice, String sourceKey) {
        Instant now = clock.instant();
        int created = 0;
        for (UUID person : people.stream().distinct().toList()) {
            Preferences preferences = preferences(organizationId, person);
            if (preferences.mutedKinds().contains(notice.kind()) && notice.priority() != Priority.URGENT) {
                continue;
            }
            QuietHours quiet = new QuietHours(preferences.quietFrom(), preferences.quietTo(),
                    ZoneId.of(preferences.timeZone()));
            UUID id = Uuid7.next();
            Instant deliverAt = quiet.deliveryTime(now, notice.priority());
            int inserted = jdbc.update("""
                    INSERT INTO notifications (id, organization_id, user_id, kind, priority, title, body, link,
                                               source_key, deliver_after)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, source_key) DO NOTHING""",
                    id, organizationId, person, notice.kind(), notice.priority().value(), notice.title(),
                    notice.body(), notice.link(), sourceKey, Timestamp.from(deliverAt));
            if (inserted == 1) {
                created++;
                events.publish(CommunicationEvents.NOTIFICATION_CREATED, organizationId,
                        new CommunicationEvents.NotificationCreated(id, organizationId, person, notice.kind(),
                                notice.priority().value(), deliverAt));
                boolean urgent = notice.priority() == Priority.URGENT;
                if (urgent || !preferences.emailMutedKinds().contains(notice.kind())) {
                    deliveries.enqueue(organizationId, id, person, "email", deliverAt);
                }
                if (urgent || !preferences.pushMutedKinds().contains(notice.kind())) {
                    deliveries.enqueue(organizationId, id, person, "push", deliverAt);
                }
                if (!deliverAt.isAfter(now)) {
                    realtime.push(List.of(person), "notification.created", null, new NotificationView(id,
                            notice.kind(), notice.priority(), notice.title(), notice.body(), notice.link(), deliverAt,
                            null));
                }
            }
        }
        return created;
    }

    /** The caller's delivered notifications, newest first (held ones appear when their time comes). */
    @Transactional(readOnly = true)
    public List<NotificationView> delivered(UUID userId, boolean unreadOnly, int size) {
        if (size < 1 || size > 100) {
            throw new InvalidRequestException("size", "must be between 1 and 100");
        }
        return jdbc.query("SELECT id, kind, priority, title, body, link, deliver_after, read_at FROM notifications "
                + "WHERE user_id = ? AND deliver_after <= ? " + (unreadOnly ? "AND read_at IS NULL " : "")
                + "ORDER BY deliver_after DESC, id DESC LIMIT ?", (rs, i) -> new NotificationView(
                rs.getObject("id", UUID.class), rs.getString("kind"), Priority.of(rs.getString("priority")),
                rs.getString("title"), rs.getString("body"), rs.getString("link"),
                rs.getTimestamp("deliver_after").toInstant(),
                rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()),
                userId, Timestamp.from(clock.instant()), size);
    }

    /** How many delivered notifications the person has not read. */
    @Transactional(readOnly = true)
    public int unread(UUID userId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL "
                + "AND deliver_after <= ?", Integer.class, userId, Timestamp.from(clock.instant()));
        return n == null ? 0 : n;
    }

    /** Marks every delivered notification of the person read; returns how many were unread. */
    @Transactional
    public int markAllRead(UUID userId) {
        return jdbc.update("UPDATE notifications SET read_at = now() WHERE user_id = ? AND read_at IS NULL "
                + "AND deliver_after <= ?", userId, Timestamp.from(clock.instant()));
    }

    @Transactional
    public void markRead(UUID userId, UUID notificationId) {
        int updated = jdbc.update("UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = ? "
                + "AND user_id = ?", notificationId, userId);
        if (updated == 0) {
            throw new NotFoundException("Notification", notificationId);
        }
    }

    /** The person's own preferences; what they did not set is their club's default (admin-service's settings). */
    @Transactional(readOnly = true)
    public Preferences preferences(UUID organizationId, UUID userId) {
        ClubNotificationDefaults.Defaults defaults = clubDefaults.of(organizationId);
        List<Preferences> stored = jdbc.query("SELECT quiet_from, quiet_to, time_zone, muted_kinds, email_muted_kinds, "
                + "push_muted_kinds FROM notification_preferences WHERE user_id = ?", (rs, i) -> new Preferences(
                rs.getTime("quiet_from") == null ? defaults.quietFrom() : rs.getTime("quiet_from").toLocalTime(),
                rs.getTime("quiet_to") == null ? defaults.quietTo() : rs.getTime("quiet_to").toLocalTime(),
                rs.getString("time_zone") == null ? defaults.timeZone().getId() : rs.getString("time_zone"),
                kinds(rs.getString("muted_kinds")), kinds(rs.getString("email_muted_kinds")),
                kinds(rs.getString("push_muted_kinds"))), userId);
        return stored.isEmpty() ? new Preferences(defaults.quietFrom(), defaults.quietTo(),
                defaults.timeZone().getId(), List.of(), List.of(), List.of()) : stored.get(0);
    }

    private static List<String> kinds(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    @Transactional
    public Preferences savePreferences(UUID organizationId, UUID userId, Preferences preferences) {
        try {
            ZoneId.of(preferences.timeZone());
        } catch (RuntimeException e) {
            throw new InvalidRequestException("timeZone", "is not a known time zone");
        }
        jdbc.update("""
                INSERT INTO notification_preferences (user_id, organization_id, quiet_from, quiet_to, time_zone,
                                                      muted_kinds, email_muted_kinds, push_muted_kinds, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (user_id) DO UPDATE SET quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to,
                    time_zone = excluded.time_zone, muted_kinds = excluded.muted_kinds,
                    email_muted_kinds = excluded.email_muted_kinds, push_muted_kinds = excluded.push_muted_kinds,
                    updated_at = now()""",
                userId, organizationId, Time.valueOf(preferences.quietFrom()), Time.valueOf(preferences.quietTo()),
                preferences.timeZone(), String.join(",", preferences.mutedKinds()),
                String.join(",", preferences.emailMutedKinds()), String.join(",", preferences.pushMutedKinds()));
        return preferences(organizationId, userId);
    }
}
