package com.hockeyhub.shared.api.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A user as user-service serves it. {@code organizationId} and {@code roles} describe the user's membership in
 * their club (roles in lower snake case, e.g. {@code club_admin}); enumerations are lower-case strings.
 */
public record UserDto(UUID id, String email, String firstName, String lastName, String phone, LocalDate dateOfBirth,
                      Integer jerseyNumber, String position, String handedness, boolean active, boolean emailVerified,
                      Instant lastLoginAt, String preferredLanguage, UUID organizationId, List<String> roles,
                      Long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
