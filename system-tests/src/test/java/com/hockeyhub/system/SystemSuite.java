package com.hockeyhub.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.nats.client.Nats;
import io.nats.client.Options;

/**
 * The suite under test: all nine services, started once per test JVM as real processes from the jars
 * `./mvnw verify` built, on free ports, against the real PostgreSQL, Redis and NATS with fresh databases and their
 * own JetStream stream — so nothing here meets a developer's running suite or another test run. Everything it
 * starts and creates is removed when the JVM exits (also after a failed test); processes a killed run left behind
 * are stopped by the next run (their pids are kept in {@code target/system-tests/pids}).
 */
final class SystemSuite {

    static final List<String> SERVICES = List.of("user-service", "admin-service", "calendar-service",
            "communication-service", "medical-service", "payment-service", "planning-service", "statistics-service",
            "training-service");
    static final String DEMO_PASSWORD = "Demo-Hockey-2026";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("hockeyhub.system.start-timeout",
            420));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String DB_MARK = "_sys";
    private static SystemSuite instance;

    private final Path root = Path.of(System.getProperty("hockeyhub.root", "..")).toAbsolutePath().normalize();
    private final Path work = Path.of(System.getProperty("hockeyhub.system.logs", "target/system-tests"))
            .toAbsolutePath();
    private final String runId = LocalDateTime.now().format(STAMP)
            + String.format(Locale.ROOT, "%04d", ThreadLocalRandom.current().nextInt(10_000));
    private final String pgHost = env("TEST_PG_HOST", "127.0.0.1");
    private final String pgPort = env("TEST_PG_PORT", "5432");
    private final String pgUser = env("TEST_PG_USER", "hockeyhub");
    private final String pgPassword = env("TEST_PG_PASSWORD", "hockeyhub");
    private final String redisUrl = "redis://" + env("TEST_REDIS_HOST", "127.0.0.1") + ":"
            + env("TEST_REDIS_PORT", "6379");
    private final String natsUrl = env("TEST_NATS_URL", "nats://127.0.0.1:4222");
    private final Map<String, String> databases = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    // one signing key for every user-service instance: a replica with a key of its own refuses the other's tokens
    private final String jwtPrivateKey = newSigningKey();
    private Map<String, ServiceRow> rows;

    private SystemSuite() {
    }

    /** The running suite, started on first use. */
    static synchronized SystemSuite get() {
        if (instance == null) {
            SystemSuite suite = new SystemSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::tearDown, "system-suite-teardown"));
            suite.start();
            instance = suite;
        }
        return instance;
    }

    ServiceProcess service(String name) {
        return processes.get(name);
    }

    String url(String service) {
        return processes.get(service).url();
    }

    // ---------------------------------------------------------------------------------------------------------
    // start and tear down
    // ---------------------------------------------------------------------------------------------------------

    private void start() {
        try {
            Files.createDirectories(work);
            stopLeftovers();
            rows = ServiceRow.read(root.resolve("scripts/services.txt"));
            for (String service : SERVICES) {
                ports.put(service, freePort());
            }
            try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
                dropStaleDatabases(s);
                for (String service : SERVICES) {
                    String db = rows.get(service).database() + DB_MARK + runId;
                    s.execute("CREATE DATABASE " + db);
                    databases.put(service, db);
                }
            }
            for (String service : SERVICES) {
                processes.put(service, process(service, service, ports.get(service), List.of()));
            }
            for (ServiceProcess p : processes.values()) {
                p.start();
            }
            awaitReady(processes.values());
            awaitDemoLogins();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + pgHost + ":" + pgPort + " as " + pgUser
                    + ": " + e.getMessage() + " (bash scripts/local-infra.sh starts it)", e);
        }
    }

    /**
     * Another instance of {@code service} on a port of its own, against the same database, Redis, NATS stream and
     * settings as the first (the seed profile too: a replica runs it again and changes nothing); reached as
     * {@code url(service + "#" + n)} and stopped with the suite. Not started yet.
     */
    synchronized ServiceProcess replica(String service, int n, List<String> extraArguments) {
        String name = service + "#" + n;
        try {
            ServiceProcess replica = process(service, name, freePort(), extraArguments);
            processes.put(name, replica);
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ServiceProcess process(String service, String name, int port, List<String> extraArguments) {
        ServiceRow row = rows.get(service);
        Path jar = root.resolve(service).resolve("target").resolve(service + "-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build the services first (./mvnw -B verify or "
                    + "./mvnw -B package -DskipTests)");
        }
        Map<String, String> env = new LinkedHashMap<>(row.settings());
        env.put("DB_URL", jdbcUrl(databases.get(service)));
        env.put("DB_USER", pgUser);
        env.put("DB_PASSWORD", pgPassword);
        env.put("REDIS_URL", redisUrl);
        env.put("NATS_URL", natsUrl);
        env.put("JWT_JWKS_URI", "http://127.0.0.1:" + ports.get("user-service") + "/.well-known/jwks.json");
        for (Map.Entry<String, Integer> other : ports.entrySet()) {
            String variable = other.getKey().replace("-service", "").toUpperCase(Locale.ROOT) + "_SERVICE_URL";
            env.put(variable, "http://127.0.0.1:" + other.getValue());
        }
        if (service.equals("user-service")) {
            env.put("JWT_PRIVATE_KEY", jwtPrivateKey);
        } else {
            env.put("SERVICE_CLIENT_SECRET", "dev-secret-" + service);
        }
        String events = "hhsys." + runId;
        List<String> args = new ArrayList<>(List.of(
                "--hockeyhub.events.stream=HH_SYS_" + runId,
                "--hockeyhub.events.dlq-stream=HH_SYS_" + runId + "_DLQ",
                "--hockeyhub.events.subject-prefix=" + events + ".events",
                "--hockeyhub.events.dlq-prefix=" + events + ".dlq",
                "--hockeyhub.events.query-prefix=" + events + ".query",
                "--hockeyhub.events.stream-max-age=6h",
                "--hockeyhub.cache.key-prefix=hh:sys-" + runId + ":",
                "--hockeyhub.security.revocation.key=hh:sys-" + runId + ":revocations",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.datasource.hikari.maximum-pool-size=6",
                // tests log in and start sagas from one address many times a minute
                "--hockeyhub.rate-limit.auth.capacity=100000",
                "--hockeyhub.rate-limit.writes.capacity=100000"));
        // the demo club in every service: its logins, roster, calendar, records — what a rival club goes after
        args.add("--spring.profiles.active=seed");
        if (service.equals("user-service")) {
            // a restarted user-service finds a crashed saga within seconds
            args.add("--hockeyhub.saga.lease=PT6S");
            args.add("--hockeyhub.saga.recovery.initial-delay=PT2S");
            args.add("--hockeyhub.saga.recovery.interval=PT2S");
        }
        args.addAll(extraArguments);
        return new ServiceProcess(name, port, jar, env, args, work.resolve(name.replace('#', '-') + ".log"));
    }

    /** Starts the processes together and waits until each is ready (their start-ups overlap). */
    void startAll(List<ServiceProcess> starting) throws IOException {
        for (ServiceProcess p : starting) {
            p.start();
        }
        awaitReady(starting);
    }

    /** Waits for several starting services at once (their start-ups overlap). */
    void awaitReady(Iterable<ServiceProcess> starting) {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            List<Future<?>> waits = new ArrayList<>();
            for (ServiceProcess p : starting) {
                waits.add(pool.submit(() -> p.awaitReady(START_TIMEOUT)));
            }
            for (Future<?> wait : waits) {
                wait.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() != null ? e.getCause().getMessage() : e.toString(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * user-service's demo seed may still be writing when the suite reports ready: the tests start once every demo
     * login they use works.
     */
    private void awaitDemoLogins() {
        Api api = new Api(this);
        for (String email : List.of("superadmin@hockeyhub.demo", "admin@hockeyhub.demo", "coach@hockeyhub.demo",
                "medical@hockeyhub.demo", "player@hockeyhub.demo", "parent@hockeyhub.demo")) {
            Api.await(() -> api.post("user-service", null, "/api/auth/login",
                            "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, DEMO_PASSWORD)).status(),
                    status -> status == 200, START_TIMEOUT, "the demo login " + email);
        }
    }

    private synchronized void tearDown() {
        processes.values().forEach(ServiceProcess::stop);
        try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
            for (String db : databases.values()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("system tests: could not drop " + databases.values() + ": " + e.getMessage());
        }
        try (io.nats.client.Connection nats = Nats.connect(Options.builder().server(natsUrl).maxReconnects(0)
                .connectionTimeout(Duration.ofSeconds(2)).build())) {
            for (String stream : List.of("HH_SYS_" + runId, "HH_SYS_" + runId + "_DLQ")) {
                try {
                    nats.jetStreamManagement().deleteStream(stream);
                } catch (Exception ignored) {
                    // never created
                }
            }
        } catch (Exception e) {
            System.err.println("system tests: could not delete the streams of run " + runId + ": " + e.getMessage());
        }
        try {
            Files.deleteIfExists(work.resolve("pids"));
        } catch (IOException ignored) {
            // the next run stops what the file names, harmlessly
        }
    }

    static void rememberPid(long pid) {
        Path pids = Path.of(System.getProperty("hockeyhub.system.logs", "target/system-tests")).resolve("pids");
        try {
            Files.writeString(pids, pid + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Processes of an earlier run that was killed before its teardown (only our own java processes). */
    private void stopLeftovers() throws IOException {
        Path pids = work.resolve("pids");
        if (!Files.exists(pids)) {
            return;
        }
        for (String line : Files.readAllLines(pids)) {
            ProcessHandle.of(Long.parseLong(line.trim()))
                    .filter(h -> h.info().commandLine().map(c -> c.contains("-service-0.1.0-SNAPSHOT.jar"))
                            .orElse(false))
                    .ifPresent(ProcessHandle::destroyForcibly);
        }
        Files.delete(pids);
    }

    private void dropStaleDatabases(Statement s) throws SQLException {
        String cutoff = LocalDateTime.now().minusHours(6).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'hockey\\_hub\\_%"
                + DB_MARK + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String stamp = name.substring(name.lastIndexOf(DB_MARK) + DB_MARK.length());
                if (stamp.length() >= 14 && stamp.substring(0, 14).compareTo(cutoff) < 0) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // looking into a service's database (the tests check what the services stored; the services never do this)
    // ---------------------------------------------------------------------------------------------------------

    /** A single number from {@code service}'s database, seen across every club. */
    long count(String service, String sql, Object... args) {
        try (Connection c = connect(databases.get(service)); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Changes rows of {@code service}'s database behind its back — for a test that moves the calendar on. */
    int update(String service, String sql, Object... args) {
        try (Connection c = connect(databases.get(service)); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row {@code sql} selects from {@code service}'s database, as text. */
    List<String> strings(String service, String sql, Object... args) {
        try (Connection c = connect(databases.get(service)); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A single id from {@code service}'s database, seen across every club (null when there is no row). */
    java.util.UUID uuid(String service, String sql, Object... args) {
        try (Connection c = connect(databases.get(service)); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1, java.util.UUID.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", pgUser);
        props.setProperty("password", pgPassword);
        // the tenant policy shows a session nothing unless it names a club or all of them ('*')
        props.setProperty("options", "-c hockeyhub.organization_id=*");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    /** A fresh RSA key as PKCS#8 PEM, what JWT_PRIVATE_KEY holds. */
    private static String newSigningKey() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n"
                    + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A row of scripts/services.txt: the service's database and the settings only it reads. */
    record ServiceRow(String database, Map<String, String> settings) {

        static Map<String, ServiceRow> read(Path file) throws IOException {
            Map<String, ServiceRow> rows = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (line.isBlank() || line.startsWith("#") || f.length < 3) {
                    continue;
                }
                Map<String, String> settings = new LinkedHashMap<>();
                for (int i = 4; i < f.length; i++) {
                    int eq = f[i].indexOf('=');
                    if (eq > 0) {
                        settings.put(f[i].substring(0, eq), f[i].substring(eq + 1));
                    }
                }
                rows.put(f[0], new ServiceRow(f[2], settings));
            }
            return rows;
        }
    }
}
