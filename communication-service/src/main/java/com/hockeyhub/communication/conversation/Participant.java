package com.hockeyhub.communication.conversation;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.Uuid7;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone's place in a conversation: active until they leave (or leave the team), with their read mark. */
@Entity
@Table(name = "conversation_participants")
public class Participant {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "role", nullable = false)
    private ParticipantRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "muted", nullable = false)
    private boolean muted;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Column(name = "last_read_message_id")
    private UUID lastReadMessageId;

    protected Participant() {
    }

    public Participant(UUID organizationId, UUID conversationId, UUID userId, ParticipantRole role, Instant at) {
        this.id = Uuid7.next();
        this.organizationId = organizationId;
        this.conversationId = conversationId;
        this.userId = userId;
        this.role = role;
        this.joinedAt = at;
        this.lastReadAt = at;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    void leave(Instant at) {
        leftAt = at;
        role = ParticipantRole.MEMBER;
    }

    /** Someone who left (or left the team) comes back. */
    void rejoin(Instant at) {
        if (leftAt != null) {
            leftAt = null;
            joinedAt = at;
            lastReadAt = at;
        }
    }

    void promote() {
        role = ParticipantRole.ADMIN;
    }

    void mute(boolean muted) {
        this.muted = muted;
    }

    /** Read up to {@code at} (and the message of that time, when there is one); never moves back. */
    void read(Instant at, UUID messageId) {
        if (lastReadAt == null || !at.isBefore(lastReadAt)) {
            lastReadAt = at;
            if (messageId != null) {
                lastReadMessageId = messageId;
            }
        }
    }

    public UUID getLastReadMessageId() {
        return lastReadMessageId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public UUID getUserId() {
        return userId;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public boolean isMuted() {
        return muted;
    }

    public Instant getLastReadAt() {
        return lastReadAt;
    }
}
