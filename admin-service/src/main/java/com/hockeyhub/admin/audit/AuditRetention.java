package com.hockeyhub.admin.audit;

import java.time.Duration;

import com.hockeyhub.shared.saga.PeriodicJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes audit rows past their retention once a day (every replica may: a row is deleted once). */
@Configuration(proxyBeanMethods = false)
class AuditRetention {

    @Bean
    PeriodicJob auditRetentionJob(AuditTrail trail) {
        return new PeriodicJob("audit-retention", Duration.ofMinutes(5), Duration.ofDays(1), trail::purge);
    }
}
