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

    /** A user's inbox: the cached hot read of {@link InboxCache}, tagged as {@link #tags} says. */
    public record Inbox(UUID userId, List<InboxEntry> conversations) {

        /**
         * The cached inbox's tags: its user (a change of their own: joining, leaving, muting, reading) and each of its
         * conversations (a message there), so a message evicts the inboxes of those who hold one cached, with one tag
         * however many take part. An inbox at the limit may leave out conversations, and a message in one of those
         * must evict it too: it carries its club's tag for inboxes at the limit, which every message evicts as well.
         */
        public List<String> tags(UUID club) {
            List<String> tags = new java.util.ArrayList<>(conversations.size() + 2);
            tags.add(CacheTag.user(userId));
            conversations.forEach(entry -> tags.add(conversationTag(entry.conversationId())));
            if (conversations.size() >= InboxCache.LIMIT) {
                tags.add(fullInboxesTag(club));
            }
            return tags;
        }

        /** What a message in the conversation evicts: the inboxes that list it, and those that may leave it out. */
        public static List<String> changedByMessage(UUID conversationId, UUID club) {
            return List.of(conversationTag(conversationId), fullInboxesTag(club));
        }

        static String conversationTag(UUID conversationId) {
            return "conversation:" + conversationId;
        }

        static String fullInboxesTag(UUID club) {
            return "full-inboxes:" + club;
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
