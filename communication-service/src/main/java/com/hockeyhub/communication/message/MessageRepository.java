package com.hockeyhub.communication.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, UUID> {

    @Query("select m from Message m where m.conversationId = ?1 order by m.createdAt desc, m.id desc")
    List<Message> newest(UUID conversationId, Limit limit);

    @Query("select m from Message m where m.conversationId = ?1 and (m.createdAt < ?2 or (m.createdAt = ?2 and m.id < ?3)) "
            + "order by m.createdAt desc, m.id desc")
    List<Message> before(UUID conversationId, Instant createdAt, UUID id, Limit limit);

    @Query("select m from Message m where m.conversationId = ?1 and m.pinnedAt is not null order by m.pinnedAt desc")
    List<Message> pinned(UUID conversationId);

    /** The messages of the person's conversations after {@code lastId} (a message they saw), oldest first. */
    @Query(value = """
            SELECT m.* FROM messages m
            JOIN conversation_participants p ON p.conversation_id = m.conversation_id AND p.user_id = ?1
                                             AND p.left_at IS NULL
            JOIN messages last ON last.id = ?2
            WHERE m.deleted_at IS NULL AND (m.created_at, m.id) > (last.created_at, last.id)
            ORDER BY m.created_at, m.id LIMIT 500""", nativeQuery = true)
    List<Message> after(UUID userId, UUID lastId);
}
