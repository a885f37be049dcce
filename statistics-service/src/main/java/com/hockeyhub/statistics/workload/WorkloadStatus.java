package com.hockeyhub.statistics.workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A player's workload as of a day: acute = the last 7 days' load, chronic = the last 28 days' load as a weekly
 * average (sum / 4), ratio = acute / chronic (null without chronic load), and its band.
 */
public record WorkloadStatus(UUID playerId, String name, LocalDate asOf, BigDecimal acuteLoad,
                             BigDecimal chronicLoad, BigDecimal ratio, RiskBand band) {

    static WorkloadStatus of(UUID playerId, String name, LocalDate asOf, BigDecimal acute, BigDecimal sum28) {
        BigDecimal chronic = sum28.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
        BigDecimal ratio = chronic.signum() == 0 ? null
                : acute.divide(chronic, 3, RoundingMode.HALF_UP);
        return new WorkloadStatus(playerId, name, asOf, acute.setScale(2, RoundingMode.HALF_UP), chronic,
                ratio, RiskBand.of(ratio));
    }
}
