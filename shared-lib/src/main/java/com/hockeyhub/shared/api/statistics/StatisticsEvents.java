package com.hockeyhub.shared.api.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Payloads of statistics-service's events (version 1). Consumers ignore fields they do not know. */
public final class StatisticsEvents {

    private StatisticsEvents() {
    }

    /**
     * statistics.workload.risk_changed: a player's acute:chronic workload ratio crossed into another band, published
     * once per crossing. {@code band}, {@code previousBand}: low (ratio &lt; 0.8), normal (0.8–1.3), high (&gt; 1.3 up
     * to 1.5), critical (&gt; 1.5). Loads are session loads (duration in minutes × RPE): {@code acuteLoad} the last
     * 7 days' sum, {@code chronicLoad} the 28-day sum as a weekly average; {@code ratio} null without a chronic load.
     */
    public record WorkloadRiskChanged(UUID playerId, UUID organizationId, String previousBand, String band,
                                      BigDecimal ratio, BigDecimal acuteLoad, BigDecimal chronicLoad,
                                      LocalDate asOf) {
    }
}
