package com.hockeyhub.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.hockeyhub.shared.test.TestCertificates;
import com.hockeyhub.shared.test.TestPorts;

/**
 * A private PostgreSQL that accepts TLS connections only, with {@link TestCertificates} (a server certificate for
 * 127.0.0.1 only, and a forged authority).
 * Started from the PostgreSQL binaries of this machine (as the {@code postgres} user when the test runs as root,
 * since PostgreSQL refuses to run as root), stopped and removed by {@link #close()}.
 */
final class TlsPostgres implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final boolean root;
    private TestCertificates certificates;
    private Process server;

    private TlsPostgres(Path dir, int port, boolean root) {
        this.dir = dir;
        this.port = port;
        this.root = root;
    }

    static TlsPostgres start() {
        try {
            Path dir = Files.createTempDirectory("hh-pg-tls");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            TlsPostgres pg = new TlsPostgres(dir, TestPorts.free(), "root".equals(System.getProperty("user.name")));
            pg.makeCertificates();
            pg.initAndStart();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    TestCertificates certificates() {
        return certificates;
    }

    String jdbcUrl(String host) {
        return "jdbc:postgresql://" + host + ":" + port + "/postgres";
    }

    private void makeCertificates() throws IOException, InterruptedException {
        certificates = TestCertificates.create(dir);
        // PostgreSQL wants its key owned and readable by its own user only
        if (root) {
            run(List.of("chown", "postgres", "server.key", "server.crt"), false);
        }
    }

    private void initAndStart() throws IOException, InterruptedException {
        run(List.of(binary("initdb"), "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust",
                "--no-sync", "-E", "UTF8"), true);
        // TLS or nothing: a client that does not encrypt is turned away by the server itself
        Files.writeString(dir.resolve("data/pg_hba.conf"), """
                local     all all              trust
                hostssl   all all 127.0.0.1/32 trust
                hostnossl all all 127.0.0.1/32 reject
                """);
        List<String> command = new ArrayList<>(asPostgres(List.of(binary("postgres"), "-D",
                dir.resolve("data").toString(), "-p", String.valueOf(port), "-k", dir.toString(),
                "-c", "listen_addresses=127.0.0.1", "-c", "ssl=on",
                "-c", "ssl_cert_file=" + certificates.serverCertificate(),
                "-c", "ssl_key_file=" + certificates.serverKey(),
                "-c", "fsync=off", "-c", "max_connections=20", "-c", "shared_buffers=16MB")));
        server = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("postgres.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the TLS PostgreSQL exited: " + log());
            }
            Process ready = new ProcessBuilder(binary("pg_isready"), "-h", "127.0.0.1", "-p", String.valueOf(port),
                    "-q").start();
            if (ready.waitFor() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the TLS PostgreSQL did not start within 60 s: " + log());
    }

    @Override
    public void close() {
        if (server != null) {
            // runuser and the postgres it started; SIGTERM lets PostgreSQL shut down once its clients are gone
            List<ProcessHandle> tree = Stream.concat(Stream.of(server.toHandle()), server.descendants()).toList();
            tree.forEach(ProcessHandle::destroy);
            try {
                server.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("postgres.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(asPostgres ? asPostgres(command) : command).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private List<String> asPostgres(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** On PATH, else the newest installed PostgreSQL's. */
    private static String binary(String name) {
        for (String path : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(path, name))) {
                return Path.of(path, name).toString();
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Comparator.naturalOrder()).map(Path::toString)
                    .orElseThrow(() -> new IllegalStateException(name + " not found: install postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException(name + " not found: install postgresql", e);
        }
    }
}
