package com.hockeyhub.shared.api.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A club's subscription as payment-service answers it ({@code GET /api/subscriptions/{orgId}}, the trial step of the
 * club-onboarding saga). Limits are {@code null} when unlimited.
 */
public record SubscriptionDto(UUID id, UUID organizationId, String tier, String status, String billingInterval,
                              BigDecimal price, String currency, LocalDate currentPeriodStart,
                              LocalDate currentPeriodEnd, LocalDate trialEndsOn, Instant cancelledAt,
                              Integer maxUsers, Integer maxTeams, Integer maxPlayers, List<String> features,
                              long version) {
}
