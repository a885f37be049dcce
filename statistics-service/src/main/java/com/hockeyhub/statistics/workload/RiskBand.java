package com.hockeyhub.statistics.workload;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

/** Acute:chronic workload ratio bands: low &lt; 0.8 ≤ normal ≤ 1.3 &lt; high ≤ 1.5 &lt; critical. */
public enum RiskBand {
    LOW,
    NORMAL,
    HIGH,
    CRITICAL;

    private static final BigDecimal NORMAL_FROM = new BigDecimal("0.8");
    private static final BigDecimal NORMAL_TO = new BigDecimal("1.3");
    private static final BigDecimal HIGH_TO = new BigDecimal("1.5");

    /** The band of a ratio; no ratio (no chronic load yet) is low. */
    public static RiskBand of(BigDecimal ratio) {
        if (ratio == null || ratio.compareTo(NORMAL_FROM) < 0) {
            return LOW;
        }
        if (ratio.compareTo(NORMAL_TO) <= 0) {
            return NORMAL;
        }
        return ratio.compareTo(HIGH_TO) <= 0 ? HIGH : CRITICAL;
    }

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static RiskBand parse(String value) {
        return ApiEnums.parse(RiskBand.class, value);
    }
}
