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
}
