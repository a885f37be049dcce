package com.hockeyhub.shared.api.payment;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The club-onboarding saga's step "start trial subscription" ({@code POST /api/subscriptions/trials} with an
 * {@code Idempotency-Key}, service token). {@code tier}: basic, standard, premium or enterprise; default standard.
 * Compensation: {@code POST /api/subscriptions/trials/{organizationId}/cancel} with an {@code Idempotency-Key}.
 */
public record StartTrialRequest(@NotNull UUID organizationId, String tier) {
}
