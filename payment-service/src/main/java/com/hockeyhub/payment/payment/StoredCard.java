package com.hockeyhub.payment.payment;

import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A saved card: the processor's token and what may be shown (brand, last four digits, expiry). Never a card number. */
@Entity
@Table(name = "payment_methods")
public class StoredCard extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "provider", nullable = false)
    private String provider;

    @Column(name = "provider_token", nullable = false)
    private String providerToken;

    @Column(name = "card_brand", nullable = false)
    private String cardBrand;

    @Column(name = "card_last4", nullable = false)
    private String cardLast4;

    @Column(name = "exp_month", nullable = false)
    private int expMonth;

    @Column(name = "exp_year", nullable = false)
    private int expYear;

    protected StoredCard() {
    }

    StoredCard(UUID organizationId, UUID userId, String provider, CardProcessor.SavedCard card) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.provider = provider;
        this.providerToken = card.providerToken();
        this.cardBrand = card.cardBrand();
        this.cardLast4 = card.cardLast4();
        this.expMonth = card.expMonth();
        this.expYear = card.expYear();
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getProvider() {
        return provider;
    }

    String getProviderToken() {
        return providerToken;
    }

    public String getCardBrand() {
        return cardBrand;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public int getExpMonth() {
        return expMonth;
    }

    public int getExpYear() {
        return expYear;
    }
}
