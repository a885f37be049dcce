package com.hockeyhub.shared.event;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What travels on the bus: {@code {id, type, version, source, occurredAt, organizationId, correlationId,
 * causationId, data}}. {@code id} is the event id (also {@code Nats-Msg-Id}, and the inbox key of consumers).
 */
public record EventEnvelope(UUID id, String type, int version, String source, Instant occurredAt,
                            UUID organizationId, String correlationId, String causationId, JsonNode data) {
}
