package com.hockeyhub.shared.api.communication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of communication-service's events (version 1). Not (yet) in shared-lib's {@code EventTypes} catalog,
 * hence named here. Consumers ignore fields they do not know. No message bodies or medical details are carried.
 */
public final class CommunicationEvents {

    /** A message was posted to a conversation. */
    public static final String MESSAGE_SENT = "communication.message.sent";
    /** A notification was created for a person. */
    public static final String NOTIFICATION_CREATED = "communication.notification.created";
    /** A broadcast went out to its recipients. */
    public static final String BROADCAST_SENT = "communication.broadcast.sent";
    /** An urgent alert nobody acknowledged in time reached its next level. */
    public static final String ALERT_ESCALATED = "communication.alert.escalated";
    /** Someone acknowledged an urgent alert. */
    public static final String ALERT_ACKNOWLEDGED = "communication.alert.acknowledged";

    private CommunicationEvents() {
    }

    /** communication.message.sent: who posted where (participants only, never the body). */
    public record MessageSent(UUID messageId, UUID conversationId, UUID organizationId, UUID senderId,
                              List<UUID> recipientIds, Instant sentAt) {
    }

    /**
     * communication.notification.created: one per person and source; {@code deliverAfter} later than now when quiet
     * hours hold it back. Carries no title or body.
     */
    public record NotificationCreated(UUID notificationId, UUID organizationId, UUID userId, String kind,
                                      String priority, Instant deliverAfter) {
    }

    /** communication.broadcast.sent. {@code scope}: team or club; {@code teamId} null for the club. */
    public record BroadcastSent(UUID broadcastId, UUID organizationId, UUID senderId, String scope, UUID teamId,
                                String priority, int recipients, Instant sentAt) {
    }

    /**
     * communication.alert.escalated. {@code level}: 1 the player's head coaches, 2 the club's admins; {@code
     * recipientIds} the people the escalation notified.
     */
    public record AlertEscalated(UUID alertId, UUID organizationId, UUID playerId, int level,
                                 List<UUID> recipientIds, Instant escalatedAt) {
    }

    /** communication.alert.acknowledged: {@code level} the alert's level when it was acknowledged. */
    public record AlertAcknowledged(UUID alertId, UUID organizationId, UUID playerId, UUID acknowledgedBy, int level,
                                    Instant acknowledgedAt) {
    }
}
