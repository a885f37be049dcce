package com.hockeyhub.shared.api.user;

import java.time.Instant;
import java.util.UUID;

/** A roster entry. {@code teamRole} e.g. player, coach; {@code leftAt} is null while the member is active. */
public record TeamMemberDto(UUID id, UUID teamId, UUID userId, String firstName, String lastName, String email,
                            String teamRole, Integer jerseyNumber, String position, Instant joinedAt, Instant leftAt,
                            Long version) {
}
