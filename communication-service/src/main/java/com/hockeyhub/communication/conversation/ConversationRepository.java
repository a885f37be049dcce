package com.hockeyhub.communication.conversation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

    Optional<Conversation> findByOrganizationIdAndDirectKey(UUID organizationId, String directKey);

    Optional<Conversation> findByTeamIdAndType(UUID teamId, ConversationType type);

    Optional<Conversation> findByOrganizationIdAndType(UUID organizationId, ConversationType type);
}
