package com.hockeyhub.communication.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

    Optional<Conversation> findByOrganizationIdAndDirectKey(UUID organizationId, String directKey);

    Optional<Conversation> findByTeamIdAndType(UUID teamId, ConversationType type);

    Optional<Conversation> findByOrganizationIdAndType(UUID organizationId, ConversationType type);

    /**
     * The conversation and the person's participation in it (null if they never joined) in one query: every read and
     * post checks both. No row: no such conversation.
     */
    @Query("SELECT c, p FROM Conversation c LEFT JOIN Participant p ON p.conversationId = c.id AND p.userId = :userId "
            + "WHERE c.id = :id")
    List<Object[]> findWithParticipant(@Param("id") UUID id, @Param("userId") UUID userId);
}
