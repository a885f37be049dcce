package com.hockeyhub.shared.api.user;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/users/batch}: up to 500 ids; unknown ids (and users of other clubs) are simply absent. */
public record BatchUsersRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> ids) {
}
