package com.hockeyhub.payment.subscription;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.payment.access.PaymentAccessPolicy;
import com.hockeyhub.payment.common.PaymentProperties;
import com.hockeyhub.payment.usage.UsageCounts;
import com.hockeyhub.payment.usage.UsageResource;
import com.hockeyhub.payment.usage.UsageService;
import com.hockeyhub.shared.api.payment.CapacityDto;
import com.hockeyhub.shared.api.payment.PaymentEvents.SubscriptionChanged;
import com.hockeyhub.shared.api.payment.SubscriptionDto;
import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's subscription: the trial every new club starts with (from {@code organization.created} and from the
 * onboarding saga — both converge on the one row per club), plan changes that must fit the club's real usage,
 * cancellation, and the capacity question "does one more player fit?". Every change publishes
 * {@code subscription.changed}.
 */
@Service
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final UsageService usage;
    private final PaymentAccessPolicy policy;
    private final EventPublisher events;
    private final JdbcTemplate jdbc;
    private final PaymentProperties properties;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository subscriptions, UsageService usage, PaymentAccessPolicy policy,
            EventPublisher events, JdbcTemplate jdbc, PaymentProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.usage = usage;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A plan change request. */
    public record ChangePlan(SubscriptionTier tier, BillingInterval billingInterval) {
    }

    /** Usage of one resource against its limit ({@code null}: unlimited). */
    public record ResourceUsage(long used, Integer limit, Long remaining) {
        static ResourceUsage of(long used, Integer limit) {
            return new ResourceUsage(used, limit, limit == null ? null : Math.max(0, limit - used));
        }
    }

    public record UsageReport(UUID organizationId, SubscriptionTier tier, SubscriptionStatus status,
                              ResourceUsage users, ResourceUsage teams, ResourceUsage players) {
    }

    /**
     * The club's trial (tier from {@code tier}, else the configured trial tier), created once: a second call — the
     * event after the saga step, a retried step — finds the club's row and returns it unchanged.
     */
    @Transactional
    public SubscriptionDto startTrial(UUID organizationId, SubscriptionTier tier) {
        if (lockClub(organizationId)) {
            throw new ConflictException("The club " + organizationId + " was deleted");
        }
        SubscriptionTier chosen = tier != null ? tier : SubscriptionTier.of(properties.trialTier());
        LocalDate today = LocalDate.now(clock);
        LocalDate end = today.plusDays(properties.trialDays());
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = jdbc.update("""
                INSERT INTO subscriptions (id, organization_id, tier, status, billing_interval, price, currency,
                    current_period_start, current_period_end, trial_ends_on, max_users, max_teams, max_players,
                    features, created_at, updated_at, version)
                VALUES (?, ?, ?, 'trialing', 'monthly', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT (organization_id) DO NOTHING
                """, Uuid7.next(), organizationId, chosen.value(), chosen.currency(), Date.valueOf(today),
                Date.valueOf(end), Date.valueOf(end), chosen.maxUsers(), chosen.maxTeams(), chosen.maxPlayers(),
                String.join(",", chosen.features()), now, now);
        Subscription subscription = require(organizationId);
        if (inserted == 1) {
            publish(subscription);
        }
        return toDto(subscription);
    }

    /**
     * The club is on {@code tier} and {@code interval}, active (the demo seed): a trial is started if the club has
     * no subscription yet, then moved to the plan unless it is already there — running it again changes nothing.
     */
    @Transactional
    public SubscriptionDto ensurePlan(UUID organizationId, SubscriptionTier tier, BillingInterval interval) {
        startTrial(organizationId, tier);
        Subscription subscription = require(organizationId);
        if (subscription.getStatus() != SubscriptionStatus.ACTIVE || subscription.getTier() != tier
                || subscription.getBillingInterval() != interval) {
            subscription.changePlan(tier, interval, LocalDate.now(clock));
            subscription = subscriptions.saveAndFlush(subscription);
            publish(subscription);
        }
        return toDto(subscription);
    }

    /** The saga's compensation: a trial that was started is cancelled (other states are left alone). */
    @Transactional
    public SubscriptionDto cancelTrial(UUID organizationId) {
        Subscription subscription = require(organizationId);
        if (subscription.getStatus() == SubscriptionStatus.TRIALING) {
            subscription.cancel(clock.instant());
            subscription = subscriptions.saveAndFlush(subscription);
            publish(subscription);
        }
        return toDto(subscription);
    }

    /**
     * {@code organization.deleted}: a club that is gone pays nothing — its open subscription ends (also a trial
     * that {@code organization.created} started while the onboarding saga that made the club was being undone).
     * Redelivery and unknown clubs change nothing.
     */
    @Transactional
    public void clubDeleted(UUID organizationId) {
        lockClub(organizationId);
        jdbc.update("INSERT INTO closed_clubs (organization_id, closed_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                organizationId, Timestamp.from(clock.instant()));
        subscriptions.findByOrganizationId(organizationId)
                .filter(s -> s.getStatus() != SubscriptionStatus.CANCELLED && s.getStatus() != SubscriptionStatus.EXPIRED)
                .ifPresent(subscription -> {
                    subscription.cancel(clock.instant());
                    publish(subscriptions.saveAndFlush(subscription));
                });
    }

    @Transactional(readOnly = true)
    public SubscriptionDto get(CurrentUser user, UUID organizationId) {
        policy.requireSubscriptionReader(user, organizationId);
        return toDto(require(organizationId));
    }

    @Transactional
    public SubscriptionDto change(CurrentUser user, UUID organizationId, ChangePlan request) {
        policy.requireSubscriptionManager(user, organizationId);
        Subscription subscription = require(organizationId);
        UsageCounts counts = usage.counts(organizationId);
        StringBuilder over = new StringBuilder();
        exceeds(over, "users", counts.users(), request.tier().maxUsers());
        exceeds(over, "teams", counts.teams(), request.tier().maxTeams());
        exceeds(over, "players", counts.players(), request.tier().maxPlayers());
        if (!over.isEmpty()) {
            throw new BusinessRuleException("The club uses more than the " + request.tier().value() + " plan allows: "
                    + over);
        }
        subscription.changePlan(request.tier(), request.billingInterval(), LocalDate.now(clock));
        subscription = subscriptions.saveAndFlush(subscription);
        publish(subscription);
        return toDto(subscription);
    }

    @Transactional
    public SubscriptionDto cancel(CurrentUser user, UUID organizationId) {
        policy.requireSubscriptionManager(user, organizationId);
        Subscription subscription = require(organizationId);
        if (subscription.getStatus() == SubscriptionStatus.CANCELLED
                || subscription.getStatus() == SubscriptionStatus.EXPIRED) {
            throw new ConflictException("The subscription is already " + subscription.getStatus().value());
        }
        subscription.cancel(clock.instant());
        subscription = subscriptions.saveAndFlush(subscription);
        publish(subscription);
        return toDto(subscription);
    }

    /** {@code organization.created}: the new club's trial, unless the club was deleted meanwhile. */
    @Transactional
    public void clubCreated(UUID organizationId) {
        if (!closed(organizationId)) {
            startTrial(organizationId, null);
        }
    }

    /**
     * Serialises a club's trial start and its closing (whichever event or step comes first), then tells whether the
     * club is closed.
     */
    private boolean lockClub(UUID organizationId) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))", Object.class,
                "subscription:" + organizationId);
        return closed(organizationId);
    }

    private boolean closed(UUID organizationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM closed_clubs WHERE organization_id = ?)", Boolean.class, organizationId));
    }

    /** Trials whose end passed expire (run by the daily sweep); returns how many. */
    @Transactional
    public int expireTrials(LocalDate today) {
        var ended = jdbc.queryForList("""
                SELECT organization_id FROM subscriptions
                WHERE status = 'trialing' AND trial_ends_on < ? AND deleted_at IS NULL
                FOR UPDATE SKIP LOCKED
                """, UUID.class, Date.valueOf(today));
        for (UUID organizationId : ended) {
            Subscription subscription = require(organizationId);
            subscription.expire();
            publish(subscriptions.saveAndFlush(subscription));
        }
        return ended.size();
    }

    @Transactional(readOnly = true)
    public UsageReport usage(CurrentUser user, UUID organizationId) {
        policy.requireSubscriptionReader(user, organizationId);
        Subscription subscription = require(organizationId);
        UsageCounts counts = usage.counts(organizationId);
        return new UsageReport(organizationId, subscription.getTier(), subscription.getStatus(),
                ResourceUsage.of(counts.users(), subscription.getMaxUsers()),
                ResourceUsage.of(counts.teams(), subscription.getMaxTeams()),
                ResourceUsage.of(counts.players(), subscription.getMaxPlayers()));
    }

    @Transactional(readOnly = true)
    public CapacityDto capacity(CurrentUser user, UUID organizationId, String resource, int additional) {
        policy.requireSubscriptionReader(user, organizationId);
        return capacity(organizationId, ApiEnums.param(UsageResource.class, "resource", resource), additional);
    }

    /** Whether {@code additional} more of {@code resource} fit the club's plan (no subscription: nothing fits). */
    @Transactional(readOnly = true)
    public CapacityDto capacity(UUID organizationId, UsageResource resource, int additional) {
        if (resource == null) {
            throw new InvalidRequestException("resource", "is required: one of users, teams, players");
        }
        if (additional < 1 || additional > 100_000) {
            throw new InvalidRequestException("additional", "must be between 1 and 100000");
        }
        Subscription subscription = subscriptions.findByOrganizationId(organizationId).orElse(null);
        long used = usage.counts(organizationId).of(resource);
        if (subscription == null) {
            return new CapacityDto(organizationId, resource.value(), used, 0, additional, false, null);
        }
        Integer limit = switch (resource) {
            case USERS -> subscription.getMaxUsers();
            case TEAMS -> subscription.getMaxTeams();
            case PLAYERS -> subscription.getMaxPlayers();
        };
        boolean fits = subscription.isUsable() && (limit == null || used + additional <= limit);
        return new CapacityDto(organizationId, resource.value(), used, limit, additional, fits,
                subscription.getStatus().value());
    }

    private static void exceeds(StringBuilder over, String what, long used, Integer limit) {
        if (limit != null && used > limit) {
            over.append(over.isEmpty() ? "" : ", ").append(used).append(' ').append(what).append(" (limit ")
                    .append(limit).append(')');
        }
    }

    private Subscription require(UUID organizationId) {
        return subscriptions.findByOrganizationId(organizationId)
                .orElseThrow(() -> new NotFoundException("Subscription of organization", organizationId));
    }

    private void publish(Subscription s) {
        events.publish(EventTypes.SUBSCRIPTION_CHANGED, s.getOrganizationId(), new SubscriptionChanged(
                s.getOrganizationId(), s.getTier().value(), s.getStatus().value(), s.getBillingInterval().value(),
                s.getCurrentPeriodEnd(), s.getMaxUsers(), s.getMaxTeams(), s.getMaxPlayers(), s.getFeatures()));
    }

    static SubscriptionDto toDto(Subscription s) {
        return new SubscriptionDto(s.getId(), s.getOrganizationId(), s.getTier().value(), s.getStatus().value(),
                s.getBillingInterval().value(), s.getPrice(), s.getCurrency(), s.getCurrentPeriodStart(),
                s.getCurrentPeriodEnd(), s.getTrialEndsOn(), s.getCancelledAt(), s.getMaxUsers(), s.getMaxTeams(),
                s.getMaxPlayers(), s.getFeatures(), s.getVersion());
    }
}
