package com.hockeyhub.statistics.views;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.statistics.support.StatisticsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the standings and season-total views current without ever computing them per request: a new or corrected
 * result asks for a refresh ({@link #requestRefresh}, a row written in the recording transaction, so a rolled-back
 * recording asks for nothing); the refresh job ({@link #refreshDue}) refreshes both views {@code CONCURRENTLY}
 * (readers keep reading the previous contents meanwhile) once no new result arrived for the debounce time, or the
 * oldest request waited the maximum delay. A transaction-scoped advisory lock makes sure one replica refreshes at a
 * time; the clubs whose results were taken in have their cached standings and leaderboards invalidated after commit.
 */
@Service
public class ViewRefresher {

    private static final Logger log = LoggerFactory.getLogger(ViewRefresher.class);
    private static final long LOCK_KEY = 0x5354415453L; // "STATS"

    private final JdbcTemplate jdbc;
    private final CacheTagInvalidator invalidator;
    private final StatisticsProperties properties;

    public ViewRefresher(JdbcTemplate jdbc, CacheTagInvalidator invalidator, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.invalidator = invalidator;
        this.properties = properties;
    }

    /** Called inside a recording transaction: the club's results changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requestRefresh(UUID organizationId) {
        jdbc.update("INSERT INTO stats_refresh_requests (organization_id) VALUES (?)", organizationId);
    }

    /** Refreshes the views if requests are due (debounced); returns whether it refreshed. */
    @Transactional
    public boolean refreshDue() {
        return refresh(false);
    }

    /** Refreshes the views now if anything was requested (seed, benchmarks); returns whether it refreshed. */
    @Transactional
    public boolean refreshNow() {
        return refresh(true);
    }

    private boolean refresh(boolean now) {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        List<Long> due = jdbc.queryForList("""
                SELECT max(id) FROM stats_refresh_requests
                HAVING ? OR max(requested_at) <= clock_timestamp() - make_interval(secs => ?)
                    OR min(requested_at) <= clock_timestamp() - make_interval(secs => ?)
                """, Long.class, now, properties.refreshDebounce().toMillis() / 1000.0,
                properties.refreshMaxDelay().toMillis() / 1000.0);
        if (due.isEmpty() || due.get(0) == null) {
            return false;
        }
        Set<UUID> clubs = new LinkedHashSet<>(jdbc.queryForList(
                "DELETE FROM stats_refresh_requests WHERE id <= ? RETURNING organization_id", UUID.class, due.get(0)));
        long started = System.nanoTime();
        // a whole league's views may take longer than the request timeout; readers are not blocked meanwhile
        jdbc.execute("SET LOCAL statement_timeout = '10min'");
        jdbc.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY standings_mv");
        jdbc.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY player_season_stats_mv");
        invalidator.invalidate(clubs.stream().map(CacheTag::org).toList());
        log.info("Refreshed standings and season totals for {} club(s) in {} ms", clubs.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
