package com.hockeyhub.medical.availability;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.medical.*} settings of availability. */
@ConfigurationProperties("hockeyhub.medical")
public class AvailabilityProperties {

    /** Training load multiplier of players on load management. */
    private BigDecimal loadManagementMultiplier = new BigDecimal("0.60");

    public BigDecimal getLoadManagementMultiplier() {
        return loadManagementMultiplier;
    }

    public void setLoadManagementMultiplier(BigDecimal loadManagementMultiplier) {
        this.loadManagementMultiplier = loadManagementMultiplier;
    }
}
