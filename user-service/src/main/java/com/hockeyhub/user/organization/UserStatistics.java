package com.hockeyhub.user.organization;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.api.user.OrganizationStatisticsDto;
import com.hockeyhub.shared.db.AcrossClubs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code user_statistics} materialized view. Changes that affect the counts only append a refresh request
 * (cheap, no row contention, part of the writer's transaction); a scheduled job drains the requests and runs
 * {@code REFRESH MATERIALIZED VIEW CONCURRENTLY} outside any request. Requests arriving while the job waits are
 * coalesced into one refresh (debounce), and a transaction-scoped advisory lock makes sure only one replica
 * refreshes at a time; the others skip their turn.
 */
@Component
public class UserStatistics {

    private static final Logger log = LoggerFactory.getLogger(UserStatistics.class);
    /** Advisory lock key of the refresh job (any constant unique within this database). */
    private static final long REFRESH_LOCK = 0x5573657253746174L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public UserStatistics(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Marks the view stale; call inside the transaction of the change. */
    public void requestRefresh() {
        jdbc.update("INSERT INTO user_statistics_refresh_requests DEFAULT VALUES");
    }

    @Scheduled(fixedDelayString = "${hockeyhub.user-statistics.refresh-interval:10s}",
            initialDelayString = "${hockeyhub.user-statistics.refresh-interval:10s}")
    public void scheduledRefresh() {
        try {
            refreshIfRequested();
        } catch (RuntimeException e) {
            log.warn("Refreshing user_statistics failed; retrying on the next run: {}", e.getMessage());
        }
    }

    /** Refreshes when there are pending requests and no other replica is refreshing; true if it refreshed. */
    public boolean refreshIfRequested() {
        // across clubs: the view counts every club's members and teams, whoever asked for the refresh
        Boolean refreshed = AcrossClubs.call(() -> transactions.execute(status -> {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, REFRESH_LOCK);
            if (!Boolean.TRUE.equals(locked)) {
                return false;
            }
            Long upTo = jdbc.queryForObject("SELECT max(id) FROM user_statistics_refresh_requests", Long.class);
            if (upTo == null) {
                return false;
            }
            long started = System.nanoTime();
            jdbc.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY user_statistics");
            jdbc.update("DELETE FROM user_statistics_refresh_requests WHERE id <= ?", upTo);
            log.debug("Refreshed user_statistics in {} ms", (System.nanoTime() - started) / 1_000_000);
            return true;
        }));
        return Boolean.TRUE.equals(refreshed);
    }

    public Optional<OrganizationStatisticsDto> read(UUID organizationId) {
        return jdbc.query("SELECT organization_id, total_users, active_users, players, coaches, parents, teams,"
                        + " computed_at FROM user_statistics WHERE organization_id = ?",
                (rs, i) -> new OrganizationStatisticsDto(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        toInstant(rs.getTimestamp(8))), organizationId).stream().findFirst();
    }

    private static java.time.Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
