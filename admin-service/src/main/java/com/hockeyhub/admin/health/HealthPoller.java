package com.hockeyhub.admin.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.hockeyhub.admin.AdminProperties;
import com.hockeyhub.shared.saga.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls every service's health once per {@code health-interval} and stores the round. Replica-safe: every replica
 * runs the job, but a round (its slot: the interval's start) is polled by the one that takes the transaction-scoped
 * advisory lock and finds it not yet stored; the (slot, service) key refuses a second copy even so.
 */
@Component
public class HealthPoller {

    private static final Logger log = LoggerFactory.getLogger(HealthPoller.class);
    /** pg_advisory lock of the poller (any constant unique within admin-service's database). */
    static final long LOCK = 0x4848_4845_414c_5448L;

    /** One round: its slot, whether this call polled it, and the answers. */
    public record Round(Instant slot, boolean polled, List<SuiteHealth.ServiceHealth> services) {
    }

    private final SuiteHealth suite;
    private final HealthSnapshots snapshots;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AdminProperties properties;

    HealthPoller(SuiteHealth suite, HealthSnapshots snapshots, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            AdminProperties properties) {
        this.suite = suite;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** Polls {@code targets} (name → base URL) for the round {@code at} falls in, unless it is stored or taken. */
    public Round pollOnce(Map<String, String> targets, Instant at) {
        Instant slot = slot(at, properties.healthInterval());
        if (targets.isEmpty()) {
            return new Round(slot, false, List.of());
        }
        return transactions.execute(tx -> {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
            if (!Boolean.TRUE.equals(locked) || snapshots.roundExists(slot, targets.keySet())) {
                return new Round(slot, false, List.of());
            }
            List<SuiteHealth.ServiceHealth> services = suite.poll(targets,
                    snapshots.errorRates(targets.keySet(), SuiteHealth.ERROR_RATE_ROUNDS, slot));
            snapshots.insert(slot, services, Instant.now());
            return new Round(slot, true, services);
        });
    }

    static Instant slot(Instant at, Duration interval) {
        long seconds = Math.max(1, interval.toSeconds());
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    void runScheduled(Clock clock) {
        Instant now = clock.instant();
        Round round = pollOnce(properties.services(), now);
        if (round.polled()) {
            log.debug("Health round {} stored for {} service(s)", round.slot(), round.services().size());
        }
        snapshots.purge(now.minus(properties.healthRetention()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        PeriodicJob healthPollerJob(HealthPoller poller, AdminProperties properties) {
            return new PeriodicJob("health-poller", properties.healthInterval(), properties.healthInterval(),
                    () -> poller.runScheduled(Clock.systemUTC()));
        }
    }
}
