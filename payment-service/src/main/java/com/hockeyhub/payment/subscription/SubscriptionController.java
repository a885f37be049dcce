package com.hockeyhub.payment.subscription;

import java.util.UUID;

import com.hockeyhub.payment.subscription.SubscriptionService.ChangePlan;
import com.hockeyhub.payment.subscription.SubscriptionService.UsageReport;
import com.hockeyhub.shared.api.payment.CapacityDto;
import com.hockeyhub.shared.api.payment.SubscriptionDto;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/subscriptions/{orgId}")
@Tag(name = "Subscriptions", description = "A club's plan, its limits and feature flags, and usage against them. "
        + "The club in the path must be the caller's own (404 otherwise); platform operators and services read any.")
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    record ChangePlanRequest(@NotNull SubscriptionTier tier, @NotNull BillingInterval billingInterval) {
    }

    @GetMapping
    @Operation(summary = "The club's subscription (club admin; operators and services)")
    SubscriptionDto get(CurrentUser user, @PathVariable UUID orgId) {
        return subscriptions.get(user, orgId);
    }

    @PutMapping
    @Operation(summary = "Change the plan (club admin or super admin)",
            description = "Becomes active on the new tier and interval. 422 when the club's real usage exceeds the new "
                    + "tier's limits. Publishes subscription.changed.")
    SubscriptionDto change(CurrentUser user, @PathVariable UUID orgId, @Valid @RequestBody ChangePlanRequest request) {
        return subscriptions.change(user, orgId, new ChangePlan(request.tier(), request.billingInterval()));
    }

    @PostMapping("/cancel")
    @Operation(summary = "Cancel the subscription (club admin or super admin); 409 if already cancelled or expired")
    SubscriptionDto cancel(CurrentUser user, @PathVariable UUID orgId) {
        return subscriptions.cancel(user, orgId);
    }

    @GetMapping("/usage")
    @Operation(summary = "Usage against the plan's limits: active users, teams, rostered players",
            description = "Counts are kept from user-service's user, team and membership events.")
    UsageReport usage(CurrentUser user, @PathVariable UUID orgId) {
        return subscriptions.usage(user, orgId);
    }

    @GetMapping("/capacity")
    @Operation(summary = "Whether N more users, teams or players fit the plan (user-service asks before adding)",
            description = "Also answered over NATS request-reply (query payment.capacity).")
    CapacityDto capacity(CurrentUser user, @PathVariable UUID orgId,
            @RequestParam(required = false) String resource,
            @RequestParam(required = false, defaultValue = "1") int additional) {
        return subscriptions.capacity(user, orgId, resource, additional);
    }
}
