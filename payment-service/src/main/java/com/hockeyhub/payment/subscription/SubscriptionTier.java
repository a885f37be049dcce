package com.hockeyhub.payment.subscription;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.entity.LowercaseEnumConverter;
import com.hockeyhub.shared.web.ApiEnums;
import jakarta.persistence.Converter;

/**
 * The plans, with their limits ({@code null}: unlimited), feature flags and monthly price in EUR. A subscription
 * copies its tier's limits and features when the tier is chosen.
 */
public enum SubscriptionTier {
    BASIC(25, 2, 40, "49.00", List.of("calendar", "messaging", "payments")),
    STANDARD(150, 8, 200, "149.00", List.of("calendar", "messaging", "payments", "medical", "statistics")),
    PREMIUM(600, 30, 800, "399.00", List.of("calendar", "messaging", "payments", "medical", "statistics",
            "training", "planning")),
    ENTERPRISE(null, null, null, "999.00", List.of("calendar", "messaging", "payments", "medical", "statistics",
            "training", "planning", "api_access", "single_sign_on"));

    private final Integer maxUsers;
    private final Integer maxTeams;
    private final Integer maxPlayers;
    private final BigDecimal monthlyPrice;
    private final List<String> features;

    SubscriptionTier(Integer maxUsers, Integer maxTeams, Integer maxPlayers, String monthlyPrice,
            List<String> features) {
        this.maxUsers = maxUsers;
        this.maxTeams = maxTeams;
        this.maxPlayers = maxPlayers;
        this.monthlyPrice = new BigDecimal(monthlyPrice);
        this.features = features;
    }

    public Integer maxUsers() {
        return maxUsers;
    }

    public Integer maxTeams() {
        return maxTeams;
    }

    public Integer maxPlayers() {
        return maxPlayers;
    }

    public List<String> features() {
        return features;
    }

    public String currency() {
        return "EUR";
    }

    public BigDecimal price(BillingInterval interval) {
        return interval == BillingInterval.YEARLY ? monthlyPrice.multiply(BigDecimal.TEN) : monthlyPrice;
    }

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static SubscriptionTier of(String value) {
        return ApiEnums.parse(SubscriptionTier.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends LowercaseEnumConverter<SubscriptionTier> {
        DbConverter() {
            super(SubscriptionTier.class);
        }
    }
}
