package com.hockeyhub.communication.realtime;

import java.util.List;
import java.util.UUID;

/**
 * A push to connected people: {@code event} the SSE event name (message.created, message.edited, message.deleted,
 * receipt.updated, notification.created), {@code id} the SSE id (a message's id for message.created, so a reconnecting
 * client's Last-Event-ID says what it saw last), {@code data} the JSON payload. The same record travels between the
 * replicas over core NATS.
 */
public record RealtimeEvent(List<UUID> userIds, String event, String id, Object data) {
}
