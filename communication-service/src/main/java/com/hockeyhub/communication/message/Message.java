package com.hockeyhub.communication.message;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A message in a conversation; its sender may edit it, the sender or a conversation admin delete it. */
@Entity
@Table(name = "messages")
public class Message extends ClubScopedEntity {

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;

    @Column(name = "sender_id", nullable = false, updatable = false)
    private UUID senderId;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected Message() {
    }

    public Message(UUID organizationId, UUID conversationId, UUID senderId, String body) {
        super(organizationId);
        this.conversationId = conversationId;
        this.senderId = senderId;
        this.body = body;
    }

    public void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public UUID getSenderId() {
        return senderId;
    }

    public String getBody() {
        return body;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
