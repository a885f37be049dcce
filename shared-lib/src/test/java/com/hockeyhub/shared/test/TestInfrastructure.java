package com.hockeyhub.shared.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL, Redis and NATS (JetStream) that tests talk to, one set per test JVM.
 * <p>
 * With a Docker engine: Testcontainers. Without one, or with {@code TEST_USE_LOCAL_SERVICES=true}: the services on
 * 127.0.0.1 (PostgreSQL 5432 as role {@code hockeyhub}/{@code hockeyhub}, falling back to {@code postgres};
 * Redis 6379; NATS 4222). Every run creates its own databases (unique names, dropped at exit; leftovers of crashed
 * runs older than a day are dropped too), so runs never see each other's data and can run twice in a row.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final String DB_PREFIX = "hhtest_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static volatile TestInfrastructure instance;

    private final String runId;
    private final boolean docker;
    private final String pgHost;
    private final int pgPort;
    private final String pgUser;
    private final String pgPassword;
    private final String redisHost;
    private final int redisPort;
    private final String natsUrl;
    private final List<String> createdDatabases = new ArrayList<>();

    private TestInfrastructure() {
        this.runId = LocalDateTime.now().format(STAMP) + "_" + UUID.randomUUID().toString().substring(0, 6);
        this.docker = !Boolean.parseBoolean(env("TEST_USE_LOCAL_SERVICES", "false")) && dockerAvailable();
        if (docker) {
            log.info("Test infrastructure: Testcontainers (Docker engine available)");
            PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine")
                    .withUsername("hockeyhub").withPassword("hockeyhub").withDatabaseName("postgres")
                    .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
            postgres.start();
            GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            redis.start();
            GenericContainer<?> nats = new GenericContainer<>("nats:2.10-alpine").withCommand("-js")
                    .withExposedPorts(4222);
            nats.start();
            this.pgHost = postgres.getHost();
            this.pgPort = postgres.getMappedPort(5432);
            this.pgUser = "hockeyhub";
            this.pgPassword = "hockeyhub";
            this.redisHost = redis.getHost();
            this.redisPort = redis.getMappedPort(6379);
            this.natsUrl = "nats://" + nats.getHost() + ":" + nats.getMappedPort(4222);
        } else {
            log.info("Test infrastructure: local services on 127.0.0.1");
            this.pgHost = env("TEST_PG_HOST", "127.0.0.1");
            this.pgPort = Integer.parseInt(env("TEST_PG_PORT", "5432"));
            String[] credentials = workingCredentials();
            this.pgUser = credentials[0];
            this.pgPassword = credentials[1];
            this.redisHost = env("TEST_REDIS_HOST", "127.0.0.1");
            this.redisPort = Integer.parseInt(env("TEST_REDIS_PORT", "6379"));
            this.natsUrl = env("TEST_NATS_URL", "nats://127.0.0.1:4222");
            dropStaleDatabases();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropCreatedDatabases, "test-db-cleanup"));
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = new TestInfrastructure();
                }
            }
        }
        return instance;
    }

    /** Unique per test JVM; use it to keep names (NATS subjects, cache prefixes, ...) apart between runs. */
    public String runId() {
        return runId;
    }

    public boolean usesDocker() {
        return docker;
    }

    public String redisHost() {
        return redisHost;
    }

    public int redisPort() {
        return redisPort;
    }

    public String natsUrl() {
        return natsUrl;
    }

    /** Creates a new, empty database for this run; it is dropped when the JVM exits. */
    public synchronized TestDatabase createDatabase(String purpose) {
        String name = (DB_PREFIX + runId + "_" + purpose).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (name.length() > 63) {
            name = name.substring(0, 63);
        }
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + pgHost + ":" + pgPort, e);
        }
        createdDatabases.add(name);
        return new TestDatabase(name, jdbcUrl(name), pgUser, pgPassword);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), pgUser, pgPassword);
    }

    private String[] workingCredentials() {
        String user = env("TEST_PG_USER", "hockeyhub");
        String password = env("TEST_PG_PASSWORD", "hockeyhub");
        List<String[]> candidates = List.of(new String[] {user, password}, new String[] {"postgres", ""});
        SQLException last = null;
        for (String[] candidate : candidates) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), candidate[0], candidate[1])) {
                return candidate;
            } catch (SQLException e) {
                last = e;
            }
        }
        throw new IllegalStateException("No PostgreSQL on " + pgHost + ":" + pgPort + " accepts role hockeyhub or "
                + "postgres. Start it (see architecture.md, 'Local services') or run .ci/run once.", last);
    }

    private void dropStaleDatabases() {
        String cutoff = LocalDateTime.now().minusDays(1).format(STAMP);
        try (Connection c = adminConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + DB_PREFIX + "%'")) {
            List<String> stale = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString(1);
                String stamp = name.substring(DB_PREFIX.length()).split("_")[0];
                if (stamp.length() == 14 && stamp.compareTo(cutoff) < 0) {
                    stale.add(name);
                }
            }
            for (String name : stale) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            log.debug("Could not drop stale test databases: {}", e.getMessage());
        }
    }

    private synchronized void dropCreatedDatabases() {
        if (docker || createdDatabases.isEmpty()) {
            return;
        }
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            for (String name : createdDatabases) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases " + createdDatabases + ": " + e.getMessage());
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
