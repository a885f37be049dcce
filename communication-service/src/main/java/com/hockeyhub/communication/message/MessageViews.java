package com.hockeyhub.communication.message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.web.InvalidRequestException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and answers of the message API. */
public final class MessageViews {

    private MessageViews() {
    }

    /** A message; {@code replyToId} (optional, on posting only) a message of the same conversation. */
    public record NewMessage(@NotBlank @Size(max = 4000) String body, UUID replyToId) {
    }

    /** A reaction: one emoji (or short code) per person and message. */
    public record NewReaction(@NotBlank @Size(max = 32) @Pattern(regexp = "\\S+") String emoji) {
    }

    public record Pin(boolean pinned) {
    }

    /** Who reacted with an emoji, first reaction first. */
    public record ReactionView(String emoji, int count, List<UUID> userIds) {
    }

    public record MessageView(UUID id, UUID conversationId, UUID senderId, String body, UUID replyToId,
                              Instant createdAt, Instant editedAt, Instant pinnedAt, UUID pinnedBy,
                              List<ReactionView> reactions) {

        static MessageView of(Message m, List<ReactionView> reactions) {
            return new MessageView(m.getId(), m.getConversationId(), m.getSenderId(), m.getBody(), m.getReplyToId(),
                    m.getCreatedAt(), m.getEditedAt(), m.getPinnedAt(), m.getPinnedBy(),
                    reactions == null ? List.of() : reactions);
        }
    }

    /** Newest first; {@code next} is the cursor of the older page (null at the beginning of the conversation). */
    public record Page(List<MessageView> messages, String next) {
    }

    /** Where an older page starts: the last message's time and id, opaque to clients. */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidRequestException("before", "is not a cursor of this conversation");
            }
        }
    }
}
