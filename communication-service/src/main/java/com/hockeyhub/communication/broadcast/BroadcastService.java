package com.hockeyhub.communication.broadcast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Broadcasts: draft → scheduled → sent. Sending (at once, or by the job for scheduled ones, claimed with
 * {@code FOR UPDATE SKIP LOCKED} so one replica sends each once) fixes the recipients — the team's members and the
 * parents of its players, or everyone of the club — and notifies each once, through their preferences and quiet
 * hours (urgent ones never wait); {@code communication.broadcast.sent} goes out through the outbox.
 */
@Service
public class BroadcastService {

    private static final String KIND = "broadcast";
    private static final String COLUMNS = "id, organization_id, sender_id, scope, team_id, title, body, priority, "
            + "status, scheduled_at, sent_at, created_at";

    private record Row(UUID id, UUID organizationId, UUID senderId, String scope, UUID teamId, String title,
                       String body, Priority priority, String status, Instant scheduledAt, Instant sentAt,
                       Instant createdAt) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getObject("id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getObject("sender_id", UUID.class), rs.getString("scope"),
            rs.getObject("team_id", UUID.class), rs.getString("title"), rs.getString("body"),
            Priority.of(rs.getString("priority")), rs.getString("status"), instant(rs, "scheduled_at"),
            instant(rs, "sent_at"), instant(rs, "created_at"));

    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final EventPublisher events;
    private final Roster roster;
    private final CommunicationAccessPolicy policy;
    private final Clock clock = Clock.systemUTC();

    BroadcastService(JdbcTemplate jdbc, NotificationService notifications, EventPublisher events, Roster roster,
            CommunicationAccessPolicy policy) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.events = events;
        this.roster = roster;
        this.policy = policy;
    }

    @Transactional
    public BroadcastViews.BroadcastView create(BroadcastViews.NewBroadcast request, CurrentUser user) {
        UUID club = policy.club(user);
        UUID team = null;
        if ("team".equals(request.scope())) {
            if (request.teamId() == null) {
                throw new InvalidRequestException("teamId", "is required for a team broadcast");
            }
            team = roster.team(request.teamId()).filter(t -> club.equals(t.organizationId()))
                    .orElseThrow(() -> new NotFoundException("Team", request.teamId())).teamId();
        }
        policy.requireBroadcaster(user, team);
        Instant now = clock.instant();
        if (request.scheduledAt() != null && !request.scheduledAt().isAfter(now)) {
            throw new InvalidRequestException("scheduledAt", "must be in the future");
        }
        UUID id = Uuid7.next();
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        jdbc.update("""
                INSERT INTO broadcasts (id, organization_id, sender_id, scope, team_id, title, body, priority, status,
                                        scheduled_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, club, user.id(), request.scope(), team,
                request.title().strip(), request.body().strip(), priority.value(),
                request.scheduledAt() == null ? "draft" : "scheduled",
                request.scheduledAt() == null ? null : Timestamp.from(request.scheduledAt()), Timestamp.from(now),
                Timestamp.from(now));
        return view(require(id, club), true);
    }

    /** Sends a draft or scheduled broadcast now; a sent one is a conflict. */
    @Transactional
    public BroadcastViews.BroadcastView send(UUID id, CurrentUser user) {
        Row broadcast = require(id, policy.club(user));
        if (!broadcast.senderId().equals(user.id())) {
            throw new ForbiddenException("Only its sender sends a broadcast");
        }
        Instant now = clock.instant();
        List<Row> claimed = jdbc.query("UPDATE broadcasts SET status = 'sent', sent_at = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ? AND status IN ('draft', 'scheduled') RETURNING " + COLUMNS,
                ROW, Timestamp.from(now), Timestamp.from(now), id);
        if (claimed.isEmpty()) {
            throw new ConflictException("The broadcast was already sent");
        }
        deliver(claimed.get(0), now);
        return view(require(id, broadcast.organizationId()), true);
    }

    /** One batch of scheduled broadcasts that are due, sent; returns how many this call sent. */
    @Transactional
    public int sendDue(Instant now) {
        List<Row> due = jdbc.query("""
                UPDATE broadcasts SET status = 'sent', sent_at = ?, updated_at = ?, version = version + 1
                WHERE id IN (SELECT id FROM broadcasts WHERE status = 'scheduled' AND scheduled_at <= ?
                             ORDER BY scheduled_at, id LIMIT 20 FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS, ROW, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));
        due.forEach(b -> deliver(b, now));
        return due.size();
    }

    private void deliver(Row b, Instant now) {
        Set<UUID> people = new LinkedHashSet<>();
        if ("team".equals(b.scope())) {
            for (RosterMember member : roster.members(b.teamId())) {
                people.add(member.userId());
                if (member.isPlayer()) {
                    people.addAll(roster.parentsOf(member.userId()));
                }
            }
        } else {
            people.addAll(jdbc.queryForList("""
                    SELECT user_id FROM hockeyhub_roster_person WHERE organization_id = ? AND active
                    UNION SELECT user_id FROM hockeyhub_roster_member WHERE organization_id = ?""", UUID.class,
                    b.organizationId(), b.organizationId()));
        }
        people.remove(b.senderId());
        for (UUID person : people) {
            jdbc.update("INSERT INTO broadcast_recipients (broadcast_id, user_id, organization_id) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", b.id(), person, b.organizationId());
        }
        String source = "broadcast:" + b.id();
        notifications.notify(b.organizationId(), people, new NotificationService.Notice(KIND, b.priority(),
                b.title(), b.body(), "/broadcasts/" + b.id()), source);
        jdbc.update("""
                UPDATE broadcast_recipients r SET delivered_at = n.deliver_after FROM notifications n
                WHERE r.broadcast_id = ? AND n.user_id = r.user_id AND n.source_key = ?""", b.id(), source);
        events.publish(CommunicationEvents.BROADCAST_SENT, b.organizationId(), new CommunicationEvents.BroadcastSent(
                b.id(), b.organizationId(), b.senderId(), b.scope(), b.teamId(), b.priority().value(), people.size(),
                now));
    }

    @Transactional(readOnly = true)
    public BroadcastViews.BroadcastView get(UUID id, CurrentUser user) {
        Row b = require(id, policy.club(user));
        if (!b.senderId().equals(user.id()) && !policy.seesAllBroadcasts(user)) {
            throw new ForbiddenException("Only its sender and club admins follow a broadcast");
        }
        return view(b, true);
    }

    @Transactional(readOnly = true)
    public List<BroadcastViews.BroadcastView> mine(CurrentUser user) {
        return jdbc.query("SELECT " + COLUMNS + " FROM broadcasts WHERE organization_id = ? AND sender_id = ? "
                + "ORDER BY created_at DESC, id DESC LIMIT 100", ROW, policy.club(user), user.id()).stream()
                .map(b -> view(b, true)).toList();
    }

    @Transactional(readOnly = true)
    public List<BroadcastViews.ReceivedView> received(CurrentUser user) {
        return jdbc.query("""
                SELECT b.id, b.sender_id, b.title, b.body, b.priority, b.sent_at, r.read_at, r.acknowledged_at
                FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id
                WHERE r.user_id = ? AND b.organization_id = ? AND r.delivered_at <= ?
                ORDER BY b.sent_at DESC, b.id DESC LIMIT 100""", (rs, i) -> new BroadcastViews.ReceivedView(
                rs.getObject("id", UUID.class), rs.getObject("sender_id", UUID.class), rs.getString("title"),
                rs.getString("body"), Priority.of(rs.getString("priority")), instant(rs, "sent_at"),
                instant(rs, "read_at"), instant(rs, "acknowledged_at")), user.id(), policy.club(user),
                Timestamp.from(clock.instant()));
    }

    /** Read (and, with {@code acknowledge}, acknowledged) by one of its recipients; repeating changes nothing. */
    @Transactional
    public void read(UUID id, CurrentUser user, boolean acknowledge) {
        Row b = require(id, policy.club(user));
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE broadcast_recipients SET read_at = coalesce(read_at, ?)"
                + (acknowledge ? ", acknowledged_at = coalesce(acknowledged_at, ?)" : "")
                + " WHERE broadcast_id = ? AND user_id = ?", acknowledge
                ? new Object[] {now, now, b.id(), user.id()} : new Object[] {now, b.id(), user.id()});
        if (updated == 0) {
            throw new ForbiddenException("Only its recipients read or acknowledge a broadcast");
        }
    }

    private Row require(UUID id, UUID club) {
        return jdbc.query("SELECT " + COLUMNS + " FROM broadcasts WHERE id = ? AND organization_id = ?", ROW, id, club)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Broadcast", id));
    }

    private BroadcastViews.BroadcastView view(Row b, boolean withCounts) {
        BroadcastViews.Counts counts = null;
        if (withCounts) {
            counts = jdbc.queryForObject("""
                    SELECT count(*) AS recipients, count(*) FILTER (WHERE delivered_at <= ?) AS delivered,
                           count(read_at) AS read, count(acknowledged_at) AS acknowledged
                    FROM broadcast_recipients WHERE broadcast_id = ?""", (rs, i) -> new BroadcastViews.Counts(
                    rs.getInt("recipients"), rs.getInt("delivered"), rs.getInt("read"), rs.getInt("acknowledged")),
                    Timestamp.from(clock.instant()), b.id());
        }
        return new BroadcastViews.BroadcastView(b.id(), b.senderId(), b.scope(), b.teamId(), b.title(), b.body(),
                b.priority(), b.status(), b.scheduledAt(), b.sentAt(), b.createdAt(), counts);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
