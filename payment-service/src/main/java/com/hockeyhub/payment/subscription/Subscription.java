package com.hockeyhub.payment.subscription;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A club's plan: tier, state, billing period, and the limits and feature flags copied from the tier. */
@Entity
@Table(name = "subscriptions")
public class Subscription extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "tier", nullable = false)
    private SubscriptionTier tier;

    @Column(name = "status", nullable = false)
    private SubscriptionStatus status;

    @Column(name = "billing_interval", nullable = false)
    private BillingInterval billingInterval;

    @Column(name = "price", nullable = false)
    private BigDecimal price;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "current_period_start", nullable = false)
    private LocalDate currentPeriodStart;

    @Column(name = "current_period_end", nullable = false)
    private LocalDate currentPeriodEnd;

    @Column(name = "trial_ends_on")
    private LocalDate trialEndsOn;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "max_users")
    private Integer maxUsers;

    @Column(name = "max_teams")
    private Integer maxTeams;

    @Column(name = "max_players")
    private Integer maxPlayers;

    @Column(name = "features", nullable = false)
    private String features;

    protected Subscription() {
    }

    /** Moves to {@code tier} and {@code interval}, paid from {@code today}: the subscription becomes active. */
    void changePlan(SubscriptionTier tier, BillingInterval interval, LocalDate today) {
        boolean samePeriod = this.tier == tier && this.billingInterval == interval && status == SubscriptionStatus.ACTIVE;
        applyTier(tier);
        this.billingInterval = interval;
        this.price = tier.price(interval);
        this.currency = tier.currency();
        this.status = SubscriptionStatus.ACTIVE;
        this.trialEndsOn = null;
        this.cancelledAt = null;
        if (!samePeriod) {
            this.currentPeriodStart = today;
            this.currentPeriodEnd = interval == BillingInterval.YEARLY ? today.plusYears(1) : today.plusMonths(1);
        }
    }

    void cancel(Instant at) {
        this.status = SubscriptionStatus.CANCELLED;
        this.cancelledAt = at;
    }

    void expire() {
        this.status = SubscriptionStatus.EXPIRED;
    }

    private void applyTier(SubscriptionTier tier) {
        this.tier = tier;
        this.maxUsers = tier.maxUsers();
        this.maxTeams = tier.maxTeams();
        this.maxPlayers = tier.maxPlayers();
        this.features = String.join(",", tier.features());
    }

    /** Trialing, active and past-due subscriptions admit new members; cancelled and expired ones do not. */
    public boolean isUsable() {
        return status == SubscriptionStatus.TRIALING || status == SubscriptionStatus.ACTIVE
                || status == SubscriptionStatus.PAST_DUE;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public SubscriptionTier getTier() {
        return tier;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public BillingInterval getBillingInterval() {
        return billingInterval;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getCurrentPeriodStart() {
        return currentPeriodStart;
    }

    public LocalDate getCurrentPeriodEnd() {
        return currentPeriodEnd;
    }

    public LocalDate getTrialEndsOn() {
        return trialEndsOn;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Integer getMaxUsers() {
        return maxUsers;
    }

    public Integer getMaxTeams() {
        return maxTeams;
    }

    public Integer getMaxPlayers() {
        return maxPlayers;
    }

    public List<String> getFeatures() {
        return features.isEmpty() ? List.of() : Arrays.asList(features.split(","));
    }
}
