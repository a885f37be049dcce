package com.hockeyhub.statistics.workload;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskBandTest {

    @Test
    void bandEdgesFollowTheDefinition() {
        assertThat(RiskBand.of(null)).isEqualTo(RiskBand.LOW);
        assertThat(RiskBand.of(new BigDecimal("0.799"))).isEqualTo(RiskBand.LOW);
        assertThat(RiskBand.of(new BigDecimal("0.8"))).isEqualTo(RiskBand.NORMAL);
        assertThat(RiskBand.of(new BigDecimal("1.300"))).isEqualTo(RiskBand.NORMAL);
        assertThat(RiskBand.of(new BigDecimal("1.301"))).isEqualTo(RiskBand.HIGH);
        assertThat(RiskBand.of(new BigDecimal("1.5"))).isEqualTo(RiskBand.HIGH);
        assertThat(RiskBand.of(new BigDecimal("1.501"))).isEqualTo(RiskBand.CRITICAL);
    }
}
