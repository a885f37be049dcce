package com.hockeyhub.shared.db.migrate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.shared.test.TestDatabase;
import com.hockeyhub.shared.test.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of a service starting at once both run Flyway's beforeMigrate callback, which Flyway runs outside its
 * migration lock: the second CREATE OR REPLACE of a function the first has not committed yet failed with "tuple
 * concurrently updated" (or, on a new database, a duplicate pg_proc key) and stopped that replica's start
 * (ReplicaSystemTest, payment-service#2, in CI).
 */
class TenantIsolationCallbackTest {

    @Test
    void aSecondReplicaRunningTheCallbackMeanwhileWaitsForTheFirstAndSucceeds() throws Exception {
        TestDatabase database = TestInfrastructure.get().createDatabase("tenant_callback");
        String script = new ClassPathResource("db/shared/beforeMigrate__hockeyhub_tenant_isolation.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        try (Connection first = connect(database); Connection second = connect(database);
             Connection observer = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                     database.password())) {
            run(first, script);  // in its transaction, not committed: the replica still migrating
            int secondPid = pid(second);
            CompletableFuture<Void> secondRun = CompletableFuture.runAsync(() -> {
                try {
                    run(second, script);
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            awaitWaitingOnALock(observer, secondPid);
            first.commit();

            secondRun.get(30, TimeUnit.SECONDS); // threw "tuple concurrently updated" before the lock
            try (Statement statement = second.createStatement();
                 ResultSet functions = statement.executeQuery(
                         "SELECT count(*) FROM pg_proc WHERE proname LIKE 'hockeyhub_%'")) {
                functions.next();
                assertThat(functions.getInt(1)).isGreaterThanOrEqualTo(5);
            }
        }
    }

    private static Connection connect(TestDatabase database) throws SQLException {
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
        connection.setAutoCommit(false); // Flyway runs a callback in one transaction
        return connection;
    }

    private static void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            int value = pid.getInt(1);
            connection.commit();
            return value;
        }
    }

    /** {@code observer} in autocommit: inside a transaction pg_stat_activity is one snapshot. */
    private static void awaitWaitingOnALock(Connection observer, int pid) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Statement statement = observer.createStatement();
                 ResultSet waiting = statement.executeQuery("SELECT wait_event_type FROM pg_stat_activity WHERE pid = "
                         + pid)) {
                if (waiting.next() && "Lock".equals(waiting.getString(1))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second run never waited on the first");
    }
}
