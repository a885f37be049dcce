package com.hockeyhub.communication.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    Optional<Participant> findByConversationIdAndUserId(UUID conversationId, UUID userId);

    List<Participant> findByConversationIdOrderByJoinedAt(UUID conversationId);

    /** Ids only: a message to a large conversation does not load (and dirty-check) every participant as an entity. */
    @Query("SELECT p.userId FROM Participant p WHERE p.conversationId = :conversationId AND p.leftAt IS NULL "
            + "ORDER BY p.joinedAt")
    List<UUID> activeUserIds(@Param("conversationId") UUID conversationId);
}
