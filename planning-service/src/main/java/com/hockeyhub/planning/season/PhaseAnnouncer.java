package com.hockeyhub.planning.season;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.api.planning.PlanningEvents.PhaseChanged;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.saga.PeriodicJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@code planning.phase.changed} when a team's published plan enters a new phase — exactly once per team
 * and phase, however many replicas look at the same time: the announcement row's primary key decides, in the same
 * transaction as the event's outbox row. "Today" is the day of the service's {@link Clock} (UTC).
 */
public class PhaseAnnouncer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventPublisher events;
    private final CacheTagInvalidator invalidator;
    private final Clock clock;

    PhaseAnnouncer(JdbcTemplate jdbc, TransactionTemplate transactions, EventPublisher events,
            CacheTagInvalidator invalidator, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.invalidator = invalidator;
        this.clock = clock;
    }

    /** Announces the phases that began by today and were not announced yet; returns how many this call announced. */
    public int announce() {
        LocalDate day = LocalDate.now(clock);
        Integer count = transactions.execute(status -> {
            var announced = jdbc.queryForList("""
                    INSERT INTO phase_announcements (team_id, phase_id, organization_id)
                    SELECT p.team_id, ph.id, p.organization_id
                    FROM plan_phases ph JOIN season_plans p ON p.id = ph.plan_id
                    WHERE p.status = 'published' AND p.deleted_at IS NULL AND ? BETWEEN ph.starts_on AND ph.ends_on
                    ON CONFLICT DO NOTHING
                    RETURNING team_id, phase_id, organization_id""", Date.valueOf(day));
            for (var row : announced) {
                UUID phase = (UUID) row.get("phase_id");
                var p = jdbc.queryForMap("SELECT name, intensity, starts_on, ends_on FROM plan_phases WHERE id = ?",
                        phase);
                UUID team = (UUID) row.get("team_id");
                UUID club = (UUID) row.get("organization_id");
                events.publish(EventTypes.PLANNING_PHASE_CHANGED, club, new PhaseChanged(team, club, phase,
                        (String) p.get("name"), (String) p.get("intensity"),
                        ((Date) p.get("starts_on")).toLocalDate(), ((Date) p.get("ends_on")).toLocalDate()));
                invalidator.invalidate(CacheTag.team(team));
            }
            return announced.size();
        });
        return count == null ? 0 : count;
    }

    /** The announcer of this instance and the job that runs it every quarter of an hour (every replica runs one). */
    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        PhaseAnnouncer phaseAnnouncer(JdbcTemplate jdbc, TransactionTemplate transactions, EventPublisher events,
                CacheTagInvalidator invalidator, Clock clock) {
            return new PhaseAnnouncer(jdbc, transactions, events, invalidator, clock);
        }

        @Bean
        PeriodicJob phaseAnnouncerJob(PhaseAnnouncer announcer,
                @Value("${hockeyhub.planning.phase-check-interval:PT15M}") Duration every,
                @Value("${hockeyhub.planning.phase-check-delay:PT30S}") Duration firstAfter) {
            return new PeriodicJob("phase-announcer", firstAfter, every, announcer::announce);
        }
    }
}
