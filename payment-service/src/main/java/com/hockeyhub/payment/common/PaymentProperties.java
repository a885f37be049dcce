package com.hockeyhub.payment.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.payment.*}: the trial of new clubs, the overdue sweep and its due-date reminder. */
@ConfigurationProperties("hockeyhub.payment")
public record PaymentProperties(String trialTier, int trialDays, String sweepCron, int reminderDaysBeforeDue,
                                int sweepBatchSize) {

    public PaymentProperties {
        trialTier = trialTier == null || trialTier.isBlank() ? "standard" : trialTier;
        trialDays = trialDays <= 0 ? 30 : trialDays;
        sweepCron = sweepCron == null || sweepCron.isBlank() ? "0 15 2 * * *" : sweepCron;
        reminderDaysBeforeDue = Math.max(reminderDaysBeforeDue, 0);
        sweepBatchSize = sweepBatchSize <= 0 ? 500 : sweepBatchSize;
    }
}
