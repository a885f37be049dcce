package com.hockeyhub.communication.broadcast;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.communication.notification.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and answers of the broadcast API. */
public final class BroadcastViews {

    private BroadcastViews() {
    }

    /**
     * A draft (or, with {@code scheduledAt}, a scheduled broadcast). {@code scope}: team (needs {@code teamId}) or
     * club; {@code priority} normal (default) or urgent (never held by quiet hours).
     */
    public record NewBroadcast(@NotNull @Pattern(regexp = "team|club") String scope, UUID teamId,
                               @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String body,
                               Priority priority, Instant scheduledAt) {
    }

    /** Per-recipient progress, for the sender: delivered counts notifications already due. */
    public record Counts(int recipients, int delivered, int read, int acknowledged) {
    }

    /** {@code status}: draft, scheduled, sent. {@code counts} only for the sender and club admins. */
    public record BroadcastView(UUID id, UUID senderId, String scope, UUID teamId, String title, String body,
                                Priority priority, String status, Instant scheduledAt, Instant sentAt,
                                Instant createdAt, Counts counts) {
    }

    /** A broadcast as one recipient sees it. */
    public record ReceivedView(UUID id, UUID senderId, String title, String body, Priority priority, Instant sentAt,
                               Instant readAt, Instant acknowledgedAt) {
    }
}
