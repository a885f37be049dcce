package com.hockeyhub.communication.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and answers of the alert API. */
public final class AlertViews {

    private AlertViews() {
    }

    /** An urgent alert about a player; {@code acknowledgeWithinMinutes} defaults to the service's setting. */
    public record NewAlert(@NotNull UUID playerId, @NotBlank @Size(max = 200) String title,
                           @Size(max = 2000) String body,
                           @Min(1) @Max(1440) Integer acknowledgeWithinMinutes) {
    }

    public record RecipientView(UUID userId, int level, Instant notifiedAt, Instant acknowledgedAt) {
    }

    public record AuditView(String action, UUID actorId, int level, Instant at) {
    }

    /** {@code status}: open, acknowledged, resolved; {@code level}: 0 team staff, 1 head coaches, 2 club admins. */
    public record AlertView(UUID id, UUID playerId, String title, String body, String status, int level,
                            int acknowledgeWithinMinutes, Instant escalateAt, Instant acknowledgedAt,
                            UUID acknowledgedBy, Instant resolvedAt, Instant createdAt,
                            List<RecipientView> recipients, List<AuditView> audit) {
    }
}
