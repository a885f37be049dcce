package com.hockeyhub.communication.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and answers of the conversation API. */
public final class ConversationViews {

    private ConversationViews() {
    }

    public record NewConversation(@NotNull ConversationType type, @Size(max = 120) String title, UUID teamId,
                                  @Size(max = 99) List<@NotNull UUID> participantIds) {
    }

    public record People(@NotNull @Size(min = 1, max = 99) List<@NotNull UUID> userIds) {
    }

    public record Mute(@NotNull Boolean muted) {
    }

    public record ParticipantView(UUID userId, ParticipantRole role, Instant joinedAt, boolean muted) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.getUserId(), p.getRole(), p.getJoinedAt(), p.isMuted());
        }
    }

    public record ConversationView(UUID id, ConversationType type, String title, UUID teamId,
                                   List<ParticipantView> participants, boolean created) {
    }

    /** One line of someone's inbox: the conversation, its last message time and what they have not read. */
    public record InboxEntry(UUID conversationId, ConversationType type, String title, UUID teamId,
                             Instant lastMessageAt, int unread, boolean muted) {
    }

    /** A user's inbox: the cached hot read, tagged with the user. */
    public record Inbox(UUID userId, List<InboxEntry> conversations) {

        public String tag() {
            return CacheTag.user(userId);
        }
    }

    /** A read receipt: the last message the participant has read, and up to when. */
    public record Receipt(UUID userId, UUID lastReadMessageId, java.time.Instant lastReadAt) {
    }

    /** Pushed as receipt.updated when a participant marks the conversation read. */
    public record ReceiptUpdate(UUID conversationId, UUID userId, UUID lastReadMessageId,
                                java.time.Instant lastReadAt) {
    }
}
