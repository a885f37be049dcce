package com.hockeyhub.communication.seed;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.demo.DemoClub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo club's communication (seed profile): U18 AAA's team conversation with its coach and three players and a
 * few messages about the week, direct conversations (the coach with Connor's mother and with the second parent, two
 * players), a few notifications, one urgent alert acknowledged by the assistant coach, and the coach's sent broadcast
 * with its read and acknowledged recipients. Fixed ids and insert-if-missing, so a second run changes nothing.
 */
@Component
@Profile("seed")
@Order(20)
class DemoCommunicationSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunicationSeed.class);
    private static final UUID CLUB = DemoClub.ORGANIZATION;
    private static final UUID TEAM_CHAT = id("000000005001");
    private static final UUID DIRECT = id("000000005002");
    private static final UUID PARENT = DemoClub.PEOPLE.get("parent@hockeyhub.demo");
    private static final UUID PARENT_2 = DemoClub.PEOPLE.get("parent2@hockeyhub.demo");
    private static final UUID ASSISTANT = DemoClub.PEOPLE.get("assistant.coach@hockeyhub.demo");
    private static final UUID DIRECT_PARENT_2 = id("000000005003");
    private static final UUID DIRECT_PLAYERS = id("000000005004");
    private static final UUID ALERT = id("000000005201");
    private static final UUID BROADCAST = id("000000005301");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoCommunicationSeed(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer added = transactions.execute(status -> seed());
        log.info("Demo club conversations: {} row(s) added", added);
    }

    private int seed() {
        Instant base = Instant.parse("2026-11-30T16:00:00Z");
        int added = conversation(TEAM_CHAT, "team", "U18 AAA", DemoClub.TEAM_U18_AAA, null, base);
        added += conversation(DIRECT, "direct", null, null, directKey(DemoClub.COACH, PARENT), base);
        added += participant(TEAM_CHAT, DemoClub.COACH, "admin", base);
        for (UUID player : List.of(DemoClub.PLAYER_1, DemoClub.PLAYER_2, DemoClub.PLAYER_3)) {
            added += participant(TEAM_CHAT, player, "member", base);
        }
        added += participant(DIRECT, DemoClub.COACH, "member", base);
        added += participant(DIRECT, PARENT, "member", base);
        added += message(id("000000005101"), TEAM_CHAT, DemoClub.COACH,
                "Practice moves to 17:30 on Thursday — ice resurfacing ran late. Bring both jerseys.", base);
        added += message(id("000000005102"), TEAM_CHAT, DemoClub.PLAYER_1, "Got it coach 👍",
                base.plus(Duration.ofMinutes(4)));
        added += message(id("000000005103"), TEAM_CHAT, DemoClub.PLAYER_3,
                "Goalies on the ice 15 min early again?", base.plus(Duration.ofMinutes(9)));
        added += message(id("000000005104"), TEAM_CHAT, DemoClub.COACH, "Yes, 17:15 for goalies.",
                base.plus(Duration.ofMinutes(12)));
        added += message(id("000000005105"), DIRECT, PARENT,
                "Hi! Connor has a school trip on Saturday morning, he can make the afternoon game only.",
                base.plus(Duration.ofHours(2)));
        added += message(id("000000005106"), DIRECT, DemoClub.COACH,
                "Thanks for letting me know — he'll start on the second line in the afternoon.",
                base.plus(Duration.ofHours(3)));
        added += conversation(DIRECT_PARENT_2, "direct", null, null, directKey(DemoClub.COACH, PARENT_2), base);
        added += conversation(DIRECT_PLAYERS, "direct", null, null, directKey(DemoClub.PLAYER_1, DemoClub.PLAYER_2),
                base);
        for (UUID[] pair : new UUID[][] {{DIRECT_PARENT_2, DemoClub.COACH}, {DIRECT_PARENT_2, PARENT_2},
                {DIRECT_PLAYERS, DemoClub.PLAYER_1}, {DIRECT_PLAYERS, DemoClub.PLAYER_2}}) {
            added += participant(pair[0], pair[1], "member", base);
        }
        added += message(id("000000005107"), DIRECT_PARENT_2, PARENT_2,
                "Is the jersey order still open? Mia needs a size up.", base.plus(Duration.ofHours(4)));
        added += message(id("000000005108"), DIRECT_PARENT_2, DemoClub.COACH,
                "Until Friday — the manager collects sizes.", base.plus(Duration.ofHours(5)));
        added += message(id("000000005109"), DIRECT_PLAYERS, DemoClub.PLAYER_1, "Carpool on Saturday?",
                base.plus(Duration.ofHours(6)));
        added += message(id("000000005110"), DIRECT_PLAYERS, DemoClub.PLAYER_2, "Yes, my dad drives. 7:15 at yours.",
                base.plus(Duration.ofHours(6).plusMinutes(3)));
        added += notifications(base);
        added += alert(base);
        added += broadcast(base);
        return added;
    }

    private int notifications(Instant base) {
        int added = notification(id("000000005401"), DemoClub.PLAYER_1, "calendar.reminder", "normal",
                "Practice in 60 min", "At Rink 1", "seed:reminder", base.plus(Duration.ofHours(20)));
        added += notification(id("000000005402"), PARENT, "payment.invoice", "normal", "New invoice 2026-0001",
                "450.00 EUR, due 2026-12-31", "seed:invoice", base.plus(Duration.ofHours(21)));
        added += notification(id("000000005403"), DemoClub.COACH, "broadcast", "normal", "Tournament weekend",
                "Bus leaves 7:00 from the rink.", "seed:broadcast-copy", base.plus(Duration.ofHours(22)));
        return added;
    }

    private int notification(UUID id, UUID user, String kind, String priority, String title, String body,
            String source, Instant at) {
        return jdbc.update("""
                INSERT INTO notifications (id, organization_id, user_id, kind, priority, title, body, source_key,
                                           deliver_after, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", id, CLUB, user, kind, priority,
                title, body, source, Timestamp.from(at), Timestamp.from(at));
    }

    /** One urgent alert about Player 2, raised by the medical staff and acknowledged by the assistant coach. */
    private int alert(Instant base) {
        Instant raised = base.plus(Duration.ofDays(1));
        Instant acknowledged = raised.plus(Duration.ofMinutes(6));
        int added = jdbc.update("""
                INSERT INTO alerts (id, organization_id, player_id, title, body, status, level,
                                    acknowledge_within_minutes, acknowledged_at, acknowledged_by, created_by,
                                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'acknowledged', 0, 15, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", ALERT, CLUB,
                DemoClub.PLAYER_2, "Concussion protocol: no contact until cleared",
                "Follow-up with the team doctor on Monday.", Timestamp.from(acknowledged), ASSISTANT,
                DemoClub.MEDICAL_STAFF, Timestamp.from(raised), Timestamp.from(acknowledged));
        added += jdbc.update("""
                INSERT INTO alert_recipients (alert_id, user_id, organization_id, level, notified_at, acknowledged_at)
                VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING""", ALERT, ASSISTANT, CLUB, Timestamp.from(raised),
                Timestamp.from(acknowledged));
        added += audit(id("000000005211"), "created", DemoClub.MEDICAL_STAFF, raised);
        added += audit(id("000000005212"), "acknowledged", ASSISTANT, acknowledged);
        added += notification(id("000000005404"), ASSISTANT, "medical.alert", "urgent",
                "Concussion protocol: no contact until cleared", "Follow-up with the team doctor on Monday.",
                "alert:" + ALERT + ":0", raised);
        return added;
    }

    private int audit(UUID id, String action, UUID actor, Instant at) {
        return jdbc.update("INSERT INTO alert_audit (id, organization_id, alert_id, action, actor_id, level, at) "
                + "VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING", id, CLUB, ALERT, action, actor,
                Timestamp.from(at));
    }

    /** The coach's sent broadcast to U18 AAA: read by Player 1, acknowledged by Connor's mother. */
    private int broadcast(Instant base) {
        Instant sent = base.plus(Duration.ofHours(22));
        int added = jdbc.update("""
                INSERT INTO broadcasts (id, organization_id, sender_id, scope, team_id, title, body, priority, status,
                                        sent_at, created_at, updated_at)
                VALUES (?, ?, ?, 'team', ?, ?, ?, 'normal', 'sent', ?, ?, ?) ON CONFLICT DO NOTHING""", BROADCAST,
                CLUB, DemoClub.COACH, DemoClub.TEAM_U18_AAA, "Tournament weekend",
                "Bus leaves 7:00 from the rink. Bring both jerseys and a packed lunch.", Timestamp.from(sent),
                Timestamp.from(sent), Timestamp.from(sent));
        for (UUID person : List.of(DemoClub.PLAYER_1, DemoClub.PLAYER_2, DemoClub.PLAYER_3, PARENT)) {
            Instant read = person.equals(DemoClub.PLAYER_1) || person.equals(PARENT) ? sent.plus(Duration.ofHours(1))
                    : null;
            Instant acknowledged = person.equals(PARENT) ? sent.plus(Duration.ofHours(2)) : null;
            added += jdbc.update("""
                    INSERT INTO broadcast_recipients (broadcast_id, user_id, organization_id, delivered_at, read_at,
                                                      acknowledged_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", BROADCAST, person, CLUB,
                    Timestamp.from(sent), read == null ? null : Timestamp.from(read),
                    acknowledged == null ? null : Timestamp.from(acknowledged));
        }
        return added;
    }

    private int conversation(UUID id, String type, String title, UUID team, String directKey, Instant at) {
        return jdbc.update("""
                INSERT INTO conversations (id, organization_id, type, title, team_id, direct_key, created_at,
                                           updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""",
                id, CLUB, type, title, team, directKey, Timestamp.from(at), Timestamp.from(at));
    }

    private int participant(UUID conversation, UUID user, String role, Instant at) {
        return jdbc.update("""
                INSERT INTO conversation_participants (id, organization_id, conversation_id, user_id, role, joined_at,
                                                       last_read_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id, user_id) DO NOTHING""",
                UUID.nameUUIDFromBytes((conversation + ":" + user).getBytes()), CLUB, conversation, user, role,
                Timestamp.from(at), Timestamp.from(at));
    }

    private int message(UUID id, UUID conversation, UUID sender, String body, Instant at) {
        return jdbc.update("""
                INSERT INTO messages (id, organization_id, conversation_id, sender_id, body, created_at, updated_at,
                                      created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""",
                id, CLUB, conversation, sender, body, Timestamp.from(at), Timestamp.from(at), sender);
    }

    private static String directKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    private static UUID id(String suffix) {
        return UUID.fromString("0190d000-0000-7000-8000-" + suffix);
    }
}
