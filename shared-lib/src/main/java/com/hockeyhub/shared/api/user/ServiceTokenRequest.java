package com.hockeyhub.shared.api.user;

import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/auth/service-token}: client credentials of a Hockey Hub service. */
public record ServiceTokenRequest(@NotBlank String clientId, @NotBlank String clientSecret) {
}
