package com.hockeyhub.communication.message;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.entity.Uuid7;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reactions on messages: one per person, message and emoji, decided by a unique key whatever the race. */
@Component
class Reactions {

    private final JdbcTemplate jdbc;

    Reactions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the person had already reacted so */
    boolean add(UUID organizationId, UUID messageId, UUID userId, String emoji, Instant at) {
        return jdbc.update("""
                INSERT INTO message_reactions (id, organization_id, message_id, user_id, emoji, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (message_id, user_id, emoji) DO NOTHING""",
                Uuid7.next(), organizationId, messageId, userId, emoji, Timestamp.from(at)) == 1;
    }

    boolean remove(UUID messageId, UUID userId, String emoji) {
        return jdbc.update("DELETE FROM message_reactions WHERE message_id = ? AND user_id = ? AND emoji = ?",
                messageId, userId, emoji) == 1;
    }

    /** The reactions of these messages, by message; emojis in the order they were first used. */
    Map<UUID, List<MessageViews.ReactionView>> of(Collection<UUID> messageIds) {
        Map<UUID, List<MessageViews.ReactionView>> byMessage = new LinkedHashMap<>();
        if (messageIds.isEmpty()) {
            return byMessage;
        }
        jdbc.query("""
                SELECT message_id, emoji, array_agg(user_id ORDER BY created_at, id) AS users
                FROM message_reactions WHERE message_id = ANY (CAST(? AS uuid[]))
                GROUP BY message_id, emoji ORDER BY message_id, min(created_at)""", rs -> {
            UUID[] users = (UUID[]) rs.getArray("users").getArray();
            byMessage.computeIfAbsent(rs.getObject("message_id", UUID.class), k -> new java.util.ArrayList<>())
                    .add(new MessageViews.ReactionView(rs.getString("emoji"), users.length, Arrays.asList(users)));
        }, "{" + String.join(",", messageIds.stream().map(UUID::toString).toList()) + "}");
        return byMessage;
    }
}
