package com.hockeyhub.shared.api.user;

import java.util.List;
import java.util.UUID;

/** The users found, and the requested ids that were not (unknown, deleted or of another club). */
public record BatchUsersResponse(List<UserDto> users, List<UUID> missing) {
}
