package com.hockeyhub.shared.event.nats;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.hockeyhub.shared.test.TestCertificates;
import com.hockeyhub.shared.test.TestPorts;
import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The suite's NATS settings ({@code NATS_URL} with credentials, {@code NATS_TRUSTSTORE}) against a private
 * nats-server that demands TLS and a user and password: the right credentials over a verified TLS connection carry
 * messages; a wrong password, a server certificate from another authority and a client without TLS are refused.
 */
class NatsTlsTest {

    private static final String NATS_SERVER = "/usr/sbin/nats-server";

    private static Path dir;
    private static Process nats;
    private static int port;
    private static TestCertificates certificates;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("hh-nats-tls");
        certificates = TestCertificates.create(dir);
        port = TestPorts.free();
        nats = new ProcessBuilder(NATS_SERVER, "-a", "127.0.0.1", "-p", String.valueOf(port), "--tls",
                "--tlscert", certificates.serverCertificate().toString(),
                "--tlskey", certificates.serverKey().toString(), "--user", "hub", "--pass", "s3cret-dev")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nats.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("nats-server did not start: "
                            + Files.readString(dir.resolve("nats.log")));
                }
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (nats != null) {
            nats.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void credentialsAndAVerifiedServerCertificateCarryMessages() throws Exception {
        NatsProperties properties = properties("tls://hub:s3cret-dev@127.0.0.1:" + port, certificates.ca());
        List<String> reasons = new CopyOnWriteArrayList<>();
        try (Connection connection = connectOrExplain(properties, reasons)) {
            assertThat(connection.getStatus()).isEqualTo(Connection.Status.CONNECTED);
            assertThat(connection.getServerInfo().isTLSRequired()).isTrue();
            Subscription subscription = connection.subscribe("hh.tls.test");
            connection.publish("hh.tls.test", "over tls".getBytes(StandardCharsets.UTF_8));
            Message message = subscription.nextMessage(Duration.ofSeconds(5));
            assertThat(message).isNotNull();
            assertThat(new String(message.getData(), StandardCharsets.UTF_8)).isEqualTo("over tls");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        NatsProperties properties = properties("tls://hub:guessed@127.0.0.1:" + port, certificates.ca());
        List<String> reasons = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> connect(properties, reasons).close()).isInstanceOf(IOException.class);
        assertThat(reasons).anyMatch(reason -> reason.contains("Authorization Violation"));
    }

    @Test
    void aServerCertificateFromAnotherAuthorityIsRefused() {
        NatsProperties properties = properties("tls://hub:s3cret-dev@127.0.0.1:" + port, certificates.forgedCa());
        List<String> reasons = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> connect(properties, reasons).close()).isInstanceOf(IOException.class);
        assertThat(reasons).anyMatch(reason -> reason.contains("SSLHandshakeException"));
    }

    @Test
    void aClientWithoutTlsIsRefused() {
        NatsProperties properties = properties("nats://hub:s3cret-dev@127.0.0.1:" + port, null);
        List<String> reasons = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> connect(properties, reasons).close()).isInstanceOf(IOException.class);
        assertThat(reasons).isNotEmpty();
    }

    private static NatsProperties properties(String url, Path trustedCa) {
        NatsProperties properties = new NatsProperties();
        properties.setUrl(url);
        properties.setConnectionTimeout(Duration.ofSeconds(20));
        if (trustedCa != null) {
            properties.setTruststorePath(certificates.truststore(trustedCa, "changeit").toString());
            properties.setTruststorePassword("changeit");
        }
        return properties;
    }

    private static Connection connectOrExplain(NatsProperties properties, List<String> reasons) throws Exception {
        try {
            return connect(properties, reasons);
        } catch (IOException e) {
            throw new AssertionError("could not connect: " + reasons, e);
        }
    }

    /** One attempt (the suite's connection retries forever); why it failed goes to {@code reasons}. */
    private static Connection connect(NatsProperties properties, List<String> reasons)
            throws IOException, InterruptedException {
        return Nats.connect(NatsConnector.options(properties, "tls-test").maxReconnects(0)
                .errorListener(new ErrorListener() {
                    @Override
                    public void errorOccurred(Connection conn, String error) {
                        reasons.add(error);
                    }

                    @Override
                    public void exceptionOccurred(Connection conn, Exception exp) {
                        for (Throwable t = exp; t != null; t = t.getCause()) {
                            reasons.add(String.valueOf(t));
                        }
                    }
                }).build());
    }
}
