package com.hockeyhub.shared.event.nats;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.test.TestPorts;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link CoreSubscription} against a real nats-server of its own, which the test starts late, stops and starts
 * again: a subscription made before NATS exists receives once it connects, the connect hook runs again after a
 * reconnect, the subscription is made once (no duplicate deliveries), and a closed one never subscribes.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CoreSubscriptionTest {

    private static final String NATS_SERVER = "/usr/sbin/nats-server";

    private final String subject = "test.core-subscription." + UUID.randomUUID();
    private int port;
    private Path dir;
    private Process server;
    private NatsConnectionEvents events;
    private Connection connection;

    @BeforeEach
    void connectBeforeTheServerExists() throws IOException {
        port = TestPorts.free();
        dir = Files.createTempDirectory("hh-core-subscription");
        events = new NatsConnectionEvents();
        NatsProperties properties = new NatsProperties();
        properties.setUrl(url());
        properties.setReconnectWait(Duration.ofMillis(200));
        Options options = NatsConnector.options(properties, "core-subscription-test").connectionListener(events)
                .errorListener(events).build();
        connection = NatsConnector.connect(options, events, properties.getReconnectWait());
    }

    @AfterEach
    void cleanUp() throws Exception {
        connection.close();
        events.close();
        stopServer();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aBroadcastMadeBeforeNatsExistsReceivesAfterTheConnectAndResynchronisesAfterAReconnect() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger resyncs = new AtomicInteger();
        CoreSubscription subscription = CoreSubscription.broadcast(connection, events,
                message -> received.add(text(message)), resyncs::incrementAndGet, subject);
        assertThat(connection.getStatus()).isNotEqualTo(Connection.Status.CONNECTED);
        assertThat(subscription.isSubscribed()).isFalse();
        assertThat(resyncs).hasValue(0);

        startServer();
        await().atMost(Duration.ofSeconds(30)).until(subscription::isSubscribed);
        assertThat(resyncs.get()).isPositive();
        publish("one");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("one"));

        int beforeOutage = resyncs.get();
        stopServer();
        await().atMost(Duration.ofSeconds(10)).until(() -> connection.getStatus() != Connection.Status.CONNECTED);
        startServer();
        await().atMost(Duration.ofSeconds(30)).until(() -> resyncs.get() > beforeOutage);
        await().atMost(Duration.ofSeconds(10)).until(() -> connection.getStatus() == Connection.Status.CONNECTED);
        assertThat(subscription.isSubscribed()).isTrue();

        // jnats resubscribed the one subscription; the reconnect hook did not add a second one
        publish("two", "three");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("three"));
        assertThat(received).containsExactly("one", "two", "three");

        subscription.close();
        assertThat(subscription.isSubscribed()).isFalse();
        List<String> witness = new CopyOnWriteArrayList<>();
        try (CoreSubscription live = CoreSubscription.broadcast(connection, events, m -> witness.add(text(m)), null,
                subject)) {
            connection.flush(Duration.ofSeconds(5));
            publish("four");
            await().atMost(Duration.ofSeconds(10)).until(() -> witness.contains("four"));
        }
        assertThat(received).containsExactly("one", "two", "three");
    }

    @Test
    void everyReplicaHearsABroadcastButOneMemberOfAQueueGroupHearsEachMessage() throws Exception {
        startServer();
        await().atMost(Duration.ofSeconds(30)).until(() -> connection.getStatus() == Connection.Status.CONNECTED);
        List<String> replicaA = new CopyOnWriteArrayList<>();
        List<String> replicaB = new CopyOnWriteArrayList<>();
        List<String> queued = new CopyOnWriteArrayList<>();
        String queueSubject = subject + ".queued";
        try (CoreSubscription a = CoreSubscription.broadcast(connection, events, m -> replicaA.add(text(m)), null,
                subject);
                CoreSubscription b = CoreSubscription.broadcast(connection, events, m -> replicaB.add(text(m)), null,
                        subject);
                CoreSubscription q1 = CoreSubscription.queue(connection, events, queueSubject, "svc",
                        m -> queued.add(text(m)));
                CoreSubscription q2 = CoreSubscription.queue(connection, events, queueSubject, "svc",
                        m -> queued.add(text(m)))) {
            // already connected: subscribed at once, no connect hook needed
            assertThat(List.of(a, b, q1, q2)).allMatch(CoreSubscription::isSubscribed);
            connection.flush(Duration.ofSeconds(5));

            publish("hello");
            for (int i = 0; i < 10; i++) {
                publishTo(queueSubject, "q" + i);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> replicaA.contains("hello") && replicaB.contains("hello"));
            await().atMost(Duration.ofSeconds(10)).until(() -> queued.size() >= 10);
            publishTo(queueSubject, "last");
            await().atMost(Duration.ofSeconds(10)).until(() -> queued.contains("last"));
            assertThat(queued).hasSize(11).doesNotHaveDuplicates();
            assertThat(replicaA).containsExactly("hello");
            assertThat(replicaB).containsExactly("hello");
        }
    }

    @Test
    void aSubscriptionClosedBeforeTheFirstConnectNeverSubscribesNorResynchronises() throws Exception {
        AtomicInteger resyncs = new AtomicInteger();
        CoreSubscription subscription = CoreSubscription.broadcast(connection, events, m -> { },
                resyncs::incrementAndGet, subject);
        subscription.close();
        CountDownLatch connectActionsRan = new CountDownLatch(1);
        events.onConnected(connectActionsRan::countDown); // runs after any earlier action, on the same thread

        startServer();
        assertThat(connectActionsRan.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(subscription.isSubscribed()).isFalse();
        assertThat(resyncs).hasValue(0);
    }

    @Test
    void aSubscriptionNeedsASubject() {
        assertThatThrownBy(() -> CoreSubscription.broadcast(connection, events, m -> { }, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingResyncDoesNotKeepTheSubscriptionFromBeingMade() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        CoreSubscription subscription = CoreSubscription.broadcast(connection, events,
                message -> received.add(text(message)), () -> {
                    throw new IllegalStateException("cache store down");
                }, subject);
        startServer();
        await().atMost(Duration.ofSeconds(30)).until(subscription::isSubscribed);
        publish("after");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("after"));
        subscription.close();
    }

    private void publish(String... texts) throws Exception {
        for (String text : texts) {
            publishTo(subject, text);
        }
    }

    private void publishTo(String to, String text) throws Exception {
        try (Connection publisher = Nats.connect(url())) {
            publisher.publish(to, text.getBytes(StandardCharsets.UTF_8));
            publisher.flush(Duration.ofSeconds(5));
        }
    }

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }

    private String url() {
        return "nats://127.0.0.1:" + port;
    }

    private void startServer() throws Exception {
        server = new ProcessBuilder(NATS_SERVER, "-a", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nats-server.log").toFile()))
                .start();
        await().atMost(Duration.ofSeconds(15)).until(() -> accepts(port));
    }

    private void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
