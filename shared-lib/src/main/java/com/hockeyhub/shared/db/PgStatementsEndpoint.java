package com.hockeyhub.shared.db;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.SqlStates;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /actuator/pgstatements?limit=N}: the top statements of this service's database by total execution
 * time, from {@code pg_stat_statements} (calls, total and mean time, rows). When the extension is not installed in
 * the database or not preloaded by the server, the report says so instead of failing. Platform data: super admins
 * and service tokens only.
 */
@Endpoint(id = "pgstatements")
public class PgStatementsEndpoint {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String NOT_IN_PREREQUISITE_STATE = "55000";

    private final JdbcTemplate jdbc;

    public PgStatementsEndpoint(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public record Statement(String query, long calls, double totalTimeMs, double meanTimeMs, long rows) {
    }

    public record Report(String database, boolean available, String message, List<Statement> statements) {
    }

    @ReadOperation
    public Report statements(@Nullable Integer limit) {
        CurrentUser.require().requireAnyRole(Role.SERVICE);
        return report(limit);
    }

    /** The report without the caller check (for code that already authorized the caller). */
    public Report report(@Nullable Integer limit) {
        int top = limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        try {
            List<Statement> statements = jdbc.query("""
                    SELECT s.query, s.calls, s.total_exec_time, s.mean_exec_time, s.rows
                    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                    WHERE d.datname = current_database()
                    ORDER BY s.total_exec_time DESC
                    LIMIT ?""", (rs, i) -> new Statement(rs.getString(1), rs.getLong(2),
                    round(rs.getDouble(3)), round(rs.getDouble(4)), rs.getLong(5)), top);
            return new Report(database, true, "Top " + statements.size() + " statements by total execution time",
                    statements);
        } catch (DataAccessException e) {
            return new Report(database, false, unavailable(e, database), List.of());
        }
    }

    private static String unavailable(DataAccessException e, String database) {
        String state = SqlStates.of(e);
        if (UNDEFINED_TABLE.equals(state)) {
            return "pg_stat_statements is not installed in database " + database + ": a superuser must run "
                    + "CREATE EXTENSION pg_stat_statements (scripts/local-infra.sh does it for the local databases)";
        }
        if (NOT_IN_PREREQUISITE_STATE.equals(state)) {
            return "pg_stat_statements is installed but not collecting: the server needs "
                    + "shared_preload_libraries = 'pg_stat_statements' and a restart";
        }
        Throwable cause = e.getMostSpecificCause();
        return "pg_stat_statements cannot be read (SQLState " + state + "): "
                + (cause instanceof SQLException sql ? sql.getMessage() : cause.toString());
    }

    private static double round(double millis) {
        return Math.round(millis * 1000) / 1000.0;
    }
}
