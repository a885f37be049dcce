package com.hockeyhub.admin.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.hockeyhub.shared.web.InvalidRequestException;

/** Where the next page of the audit trail starts: an opaque, URL-safe token of the last row's time and id. */
public record AuditCursor(Instant occurredAt, UUID eventId) {

    String encode() {
        String raw = occurredAt + "|" + eventId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static AuditCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            return new AuditCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidRequestException("after", "is not a cursor of this list");
        }
    }
}
