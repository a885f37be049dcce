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
 * The demo club's conversations (seed profile): U18 AAA's team conversation with its coach and three players and a
 * few messages about the week, and the coach's direct conversation with Connor's mother. Fixed ids and
 * insert-if-missing, so a second run changes nothing.
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
