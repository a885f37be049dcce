package com.hockeyhub.shared.api.user;

import java.time.Instant;
import java.util.UUID;

/** Per-club counts from the {@code user_statistics} materialized view; {@code computedAt} is when it was refreshed. */
public record OrganizationStatisticsDto(UUID organizationId, long totalUsers, long activeUsers, long players,
                                        long coaches, long parents, long teams, Instant computedAt) {
}
