package com.hockeyhub.communication.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.access.CommunicationAccessPolicy;
import com.hockeyhub.communication.notification.NotificationService;
import com.hockeyhub.communication.notification.Priority;
import com.hockeyhub.shared.api.communication.CommunicationEvents;
import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Urgent medical alerts. Level 0 alerts the player's team staff (not the head coach), level 1 the head coaches,
 * level 2 the club's admins. An alert nobody acknowledged by {@code escalate_at} reaches the next level: the job
 * claims due alerts with {@code FOR UPDATE SKIP LOCKED} and moves them a level up in the same statement, so with any
 * number of replicas each level is reached once. The first acknowledgement (by anyone alerted) stops escalation;
 * resolving closes the alert. Every step is audited; acknowledgements and escalations are published.
 */
@Service
public class AlertService {

    static final int TOP_LEVEL = 2;
    private static final String KIND = "medical.alert";
    private static final String COLUMNS = "id, organization_id, player_id, title, body, status, level, "
            + "acknowledge_within_minutes, escalate_at, acknowledged_at, acknowledged_by, resolved_at, created_at";

    private record Row(UUID id, UUID organizationId, UUID playerId, String title, String body, String status,
                       int level, int minutes, Instant escalateAt, Instant acknowledgedAt, UUID acknowledgedBy,
                       Instant resolvedAt, Instant createdAt) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getObject("id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getObject("player_id", UUID.class), rs.getString("title"),
            rs.getString("body"), rs.getString("status"), rs.getInt("level"), rs.getInt("acknowledge_within_minutes"),
            instant(rs, "escalate_at"), instant(rs, "acknowledged_at"), rs.getObject("acknowledged_by", UUID.class),
            instant(rs, "resolved_at"), instant(rs, "created_at"));

    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final EventPublisher events;
    private final Roster roster;
    private final CommunicationAccessPolicy policy;
    private final AlertProperties properties;
    private final Clock clock = Clock.systemUTC();

    AlertService(JdbcTemplate jdbc, NotificationService notifications, EventPublisher events, Roster roster,
            CommunicationAccessPolicy policy, AlertProperties properties) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.events = events;
        this.roster = roster;
        this.policy = policy;
        this.properties = properties;
    }

    @Transactional
    public AlertViews.AlertView create(AlertViews.NewAlert request, CurrentUser user) {
        UUID club = policy.club(user);
        policy.requireAlertCreator(user);
        if (!roster.isOfClub(club, request.playerId())) {
            throw new InvalidRequestException("playerId", "is not a player of the club");
        }
        int minutes = request.acknowledgeWithinMinutes() == null ? defaultMinutes()
                : request.acknowledgeWithinMinutes();
        UUID id = raise(club, request.playerId(), request.title().strip(), request.body(), null, user.id(), minutes);
        return view(require(id, club));
    }

    /** From medical.injury.reported: one alert per event, whatever the redeliveries. No diagnosis. */
    @Transactional
    public void raiseForInjury(UUID club, UUID playerId, int severity, String sourceKey) {
        String player = roster.person(playerId).map(p -> p.firstName() + " " + p.lastName()).orElse("A player");
        raise(club, playerId, "Injury reported: " + player, "Severity " + severity
                + " of 5; acknowledge and check availability before the next practice.", sourceKey, null,
                defaultMinutes());
    }

    private UUID raise(UUID club, UUID playerId, String title, String body, String sourceKey, UUID creator,
            int minutes) {
        Instant now = clock.instant();
        UUID id = Uuid7.next();
        List<UUID> people = people(club, playerId, 0);
        // nobody at level 0: due at once, so the job takes it to the head coaches
        Instant escalateAt = people.isEmpty() ? now : now.plusSeconds(60L * minutes);
        int inserted = jdbc.update("""
                INSERT INTO alerts (id, organization_id, player_id, title, body, source_key, status, level,
                                    acknowledge_within_minutes, escalate_at, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?, ?, ?)
                ON CONFLICT (organization_id, source_key) WHERE source_key IS NOT NULL DO NOTHING""",
                id, club, playerId, title, body, sourceKey, minutes, Timestamp.from(escalateAt), creator,
                Timestamp.from(now), Timestamp.from(now));
        if (inserted == 0) {
            return jdbc.queryForObject("SELECT id FROM alerts WHERE organization_id = ? AND source_key = ?",
                    UUID.class, club, sourceKey);
        }
        audit(club, id, "created", creator, 0, now);
        alert(club, id, title, body, people, 0, now);
        return id;
    }

    /** Moves one batch of due, unacknowledged alerts a level up; returns how many this call escalated. */
    @Transactional
    public int escalateDue(Instant now) {
        List<Row> due = jdbc.query("""
                UPDATE alerts SET level = level + 1, updated_at = ?, version = version + 1,
                    escalate_at = CASE WHEN level + 1 < ? THEN CAST(? AS timestamptz) + make_interval(mins => acknowledge_within_minutes)
                                  END
                WHERE id IN (SELECT id FROM alerts
                             WHERE status = 'open' AND escalate_at <= ? AND level < ?
                             ORDER BY escalate_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS, ROW, Timestamp.from(now), TOP_LEVEL, Timestamp.from(now),
                Timestamp.from(now), TOP_LEVEL, properties.batchSize());
        for (Row alert : due) {
            List<UUID> people = people(alert.organizationId(), alert.playerId(), alert.level());
            alert(alert.organizationId(), alert.id(), "Not yet acknowledged: " + alert.title(), alert.body(), people,
                    alert.level(), now);
            audit(alert.organizationId(), alert.id(), "escalated", null, alert.level(), now);
            events.publish(CommunicationEvents.ALERT_ESCALATED, alert.organizationId(),
                    new CommunicationEvents.AlertEscalated(alert.id(), alert.organizationId(), alert.playerId(),
                            alert.level(), people, now));
        }
        return due.size();
    }

    @Transactional(readOnly = true)
    public List<AlertViews.AlertView> list(CurrentUser user) {
        UUID club = policy.club(user);
        List<Row> rows = policy.seesAllAlerts(user)
                ? jdbc.query("SELECT " + COLUMNS + " FROM alerts WHERE organization_id = ? "
                        + "ORDER BY created_at DESC, id DESC LIMIT 100", ROW, club)
                : jdbc.query("SELECT " + COLUMNS + " FROM alerts a WHERE organization_id = ? AND EXISTS (SELECT 1 "
                        + "FROM alert_recipients r WHERE r.alert_id = a.id AND r.user_id = ?) "
                        + "ORDER BY created_at DESC, id DESC LIMIT 100", ROW, club, user.id());
        return rows.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public AlertViews.AlertView get(UUID id, CurrentUser user) {
        Row alert = require(id, policy.club(user));
        if (!policy.seesAllAlerts(user) && !isRecipient(id, user.id())) {
            throw new ForbiddenException("Only the people alerted, medical staff and club admins see an alert");
        }
        return view(alert);
    }

    @Transactional
    public AlertViews.AlertView acknowledge(UUID id, CurrentUser user) {
        Row alert = lock(id, policy.club(user));
        if (!isRecipient(id, user.id())) {
            throw new ForbiddenException("Only the people alerted acknowledge an alert");
        }
        if ("resolved".equals(alert.status())) {
            throw new ConflictException("The alert is resolved");
        }
        Instant now = clock.instant();
        int first = jdbc.update("UPDATE alert_recipients SET acknowledged_at = ? WHERE alert_id = ? AND user_id = ? "
                + "AND acknowledged_at IS NULL", Timestamp.from(now), id, user.id());
        if (first == 1) {
            jdbc.update("""
                    UPDATE alerts SET status = 'acknowledged', acknowledged_at = ?, acknowledged_by = ?,
                                      escalate_at = NULL, updated_at = ?, version = version + 1
                    WHERE id = ? AND status = 'open'""", Timestamp.from(now), user.id(), Timestamp.from(now), id);
            audit(alert.organizationId(), id, "acknowledged", user.id(), alert.level(), now);
            events.publish(CommunicationEvents.ALERT_ACKNOWLEDGED, alert.organizationId(),
                    new CommunicationEvents.AlertAcknowledged(id, alert.organizationId(), alert.playerId(), user.id(),
                            alert.level(), now));
        }
        return view(require(id, alert.organizationId()));
    }

    @Transactional
    public AlertViews.AlertView resolve(UUID id, CurrentUser user) {
        Row alert = lock(id, policy.club(user));
        policy.requireAlertResolver(user);
        if ("resolved".equals(alert.status())) {
            throw new ConflictException("The alert is already resolved");
        }
        Instant now = clock.instant();
        jdbc.update("""
                UPDATE alerts SET status = 'resolved', resolved_at = ?, resolved_by = ?, escalate_at = NULL,
                                  updated_at = ?, version = version + 1
                WHERE id = ?""", Timestamp.from(now), user.id(), Timestamp.from(now), id);
        audit(alert.organizationId(), id, "resolved", user.id(), alert.level(), now);
        return view(require(id, alert.organizationId()));
    }

    /** Who a level alerts: 0 the player's team staff but head coaches, 1 the head coaches, 2 the club's admins. */
    private List<UUID> people(UUID club, UUID playerId, int level) {
        if (level == TOP_LEVEL) {
            return jdbc.queryForList("SELECT user_id FROM hockeyhub_roster_person WHERE organization_id = ? "
                    + "AND active AND 'club_admin' = ANY (roles) ORDER BY user_id", UUID.class, club);
        }
        return roster.memberships(playerId).stream().filter(m -> club.equals(m.organizationId()))
                .flatMap(team -> roster.members(team.teamId()).stream())
                .filter(m -> !m.isPlayer() && !m.userId().equals(playerId))
                .filter(m -> level == 1 ? "coach".equals(m.teamRole()) : !"coach".equals(m.teamRole()))
                .map(RosterMember::userId).distinct().toList();
    }

    private void alert(UUID club, UUID id, String title, String body, List<UUID> people, int level, Instant now) {
        for (UUID person : people) {
            jdbc.update("INSERT INTO alert_recipients (alert_id, user_id, organization_id, level, notified_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", id, person, club, level, Timestamp.from(now));
        }
        notifications.notify(club, people, new NotificationService.Notice(KIND, Priority.URGENT, title, body,
                "/alerts/" + id), "alert:" + id + ":" + level);
    }

    private void audit(UUID club, UUID id, String action, UUID actor, int level, Instant at) {
        jdbc.update("INSERT INTO alert_audit (id, organization_id, alert_id, action, actor_id, level, at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", Uuid7.next(), club, id, action, actor, level, Timestamp.from(at));
    }

    private boolean isRecipient(UUID id, UUID userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM alert_recipients "
                + "WHERE alert_id = ? AND user_id = ?)", Boolean.class, id, userId));
    }

    private Row require(UUID id, UUID club) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alerts WHERE id = ? AND organization_id = ?", ROW, id, club)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Alert", id));
    }

    /** The alert, locked for this transaction (the escalation job skips it meanwhile). */
    private Row lock(UUID id, UUID club) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alerts WHERE id = ? AND organization_id = ? FOR UPDATE", ROW,
                id, club).stream().findFirst().orElseThrow(() -> new NotFoundException("Alert", id));
    }

    private AlertViews.AlertView view(Row a) {
        List<AlertViews.RecipientView> recipients = jdbc.query("SELECT user_id, level, notified_at, acknowledged_at "
                + "FROM alert_recipients WHERE alert_id = ? ORDER BY level, notified_at, user_id", (rs, i) ->
                new AlertViews.RecipientView(rs.getObject("user_id", UUID.class), rs.getInt("level"),
                        instant(rs, "notified_at"), instant(rs, "acknowledged_at")), a.id());
        List<AlertViews.AuditView> audit = jdbc.query("SELECT action, actor_id, level, at FROM alert_audit "
                + "WHERE alert_id = ? ORDER BY id", (rs, i) -> new AlertViews.AuditView(rs.getString("action"),
                rs.getObject("actor_id", UUID.class), rs.getInt("level"), instant(rs, "at")), a.id());
        return new AlertViews.AlertView(a.id(), a.playerId(), a.title(), a.body(), a.status(), a.level(), a.minutes(),
                a.escalateAt(), a.acknowledgedAt(), a.acknowledgedBy(), a.resolvedAt(), a.createdAt(), recipients,
                audit);
    }

    private int defaultMinutes() {
        return (int) Math.max(1, properties.acknowledgeWithin().toMinutes());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
