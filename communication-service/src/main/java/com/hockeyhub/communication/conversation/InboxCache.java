package com.hockeyhub.communication.conversation;

import java.sql.Timestamp;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTags;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hot read: a user's conversations, newest activity first, with unread counts; cached per user and tagged with
 * the user and each conversation listed ({@link ConversationViews.Inbox#tags}). A read mark or a membership change
 * evicts the user's tag, a message its conversation's.
 */
@Component
class InboxCache {

    static final String CACHE = "inbox";
    /** The most conversations an inbox lists. */
    static final int LIMIT = 200;

    private final JdbcTemplate jdbc;

    InboxCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(cacheNames = CACHE, key = "#userId", sync = true)
    @CacheTags("#result.tags(#club)")
    @Transactional(readOnly = true)
    public ConversationViews.Inbox of(UUID userId, UUID club) {
        return new ConversationViews.Inbox(userId, jdbc.query("""
                SELECT c.id, c.type, c.title, c.team_id, p.muted,
                       (SELECT max(m.created_at) FROM messages m
                        WHERE m.conversation_id = c.id AND m.deleted_at IS NULL) AS last_message_at,
                       (SELECT count(*) FROM messages m
                        WHERE m.conversation_id = c.id AND m.deleted_at IS NULL AND m.sender_id <> p.user_id
                          AND m.created_at > coalesce(p.last_read_at, p.joined_at)) AS unread
                FROM conversation_participants p JOIN conversations c ON c.id = p.conversation_id
                WHERE p.user_id = ? AND p.left_at IS NULL AND c.deleted_at IS NULL
                ORDER BY last_message_at DESC NULLS LAST, c.created_at DESC
                LIMIT ?""", (rs, i) -> {
            Timestamp last = rs.getTimestamp("last_message_at");
            return new ConversationViews.InboxEntry(rs.getObject("id", UUID.class),
                    ConversationType.of(rs.getString("type")), rs.getString("title"),
                    rs.getObject("team_id", UUID.class), last == null ? null : last.toInstant(), rs.getInt("unread"),
                    rs.getBoolean("muted"));
        }, userId, LIMIT));
    }
}
