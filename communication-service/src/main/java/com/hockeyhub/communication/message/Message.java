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

    @Column(name = "reply_to_id", updatable = false)
    private UUID replyToId;

    @Column(name = "pinned_at")
    private Instant pinnedAt;

    @Column(name = "pinned_by")
    private UUID pinnedBy;

    protected Message() {
    }

    public Message(UUID organizationId, UUID conversationId, UUID senderId, String body, UUID replyToId) {
        super(organizationId);
        this.conversationId = conversationId;
        this.senderId = senderId;
        this.body = body;
        this.replyToId = replyToId;
    }

    void pin(UUID by, Instant at) {
        pinnedBy = by;
        pinnedAt = at;
    }

    void unpin() {
        pinnedBy = null;
        pinnedAt = null;
    }

    public UUID getReplyToId() {
        return replyToId;
    }

    public Instant getPinnedAt() {
        return pinnedAt;
    }

    public UUID getPinnedBy() {
        return pinnedBy;
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
