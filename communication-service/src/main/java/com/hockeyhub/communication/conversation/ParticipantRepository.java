package com.hockeyhub.communication.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    Optional<Participant> findByConversationIdAndUserId(UUID conversationId, UUID userId);

    List<Participant> findByConversationIdOrderByJoinedAt(UUID conversationId);
}
