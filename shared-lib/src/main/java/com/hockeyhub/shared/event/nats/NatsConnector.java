package com.hockeyhub.shared.event.nats;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to NATS without ever blocking start-up: if the server is reachable the connection is made at once;
 * otherwise the returned {@link Connection} reports itself disconnected (other calls fail with
 * {@link IllegalStateException}) while a background thread keeps trying, and the connect actions of
 * {@link NatsConnectionEvents} run once it succeeds. After the first connect, jnats itself reconnects forever.
 * (jnats' own {@code connectReconnectOnConnect} blocks the caller until the server is there.)
 */
public final class NatsConnector {

    private static final Logger log = LoggerFactory.getLogger(NatsConnector.class);

    private NatsConnector() {
    }

    /**
     * The suite's connection options from {@code hockeyhub.nats.*}: servers, reconnect forever, and the credentials
     * and trust the environment names (a {@code tls://} server is verified against the configured trust store).
     */
    public static Options.Builder options(NatsProperties properties, String connectionName) {
        Options.Builder builder = Options.builder()
                .servers(properties.getUrl().split("\\s*,\\s*"))
                .connectionName(connectionName)
                .maxReconnects(-1)
                .reconnectWait(properties.getReconnectWait())
                .connectionTimeout(properties.getConnectionTimeout())
                .reconnectBufferSize(properties.getReconnectBufferSize())
                .reportNoResponders();
        if (!properties.getCredentialsFile().isBlank()) {
            builder.credentialPath(properties.getCredentialsFile());
        }
        if (!properties.getTruststorePath().isBlank()) {
            builder.truststorePath(properties.getTruststorePath())
                    .truststorePassword(properties.getTruststorePassword().toCharArray());
        }
        return builder;
    }

    public static Connection connect(Options options, NatsConnectionEvents events, Duration retryWait) {
        AtomicReference<Connection> delegate = new AtomicReference<>();
        Thread[] retrying = new Thread[1];
        try {
            delegate.set(Nats.connect(options));
        } catch (IOException e) {
            log.warn("NATS not reachable at start-up ({}); starting anyway and connecting in the background "
                    + "(events wait in the outbox)", e.getMessage());
            retrying[0] = new Thread(() -> keepTrying(options, events, retryWait, delegate), "nats-initial-connect");
            retrying[0].setDaemon(true);
            retrying[0].start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to NATS", e);
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> invoke(delegate, retrying[0], method, args));
    }

    private static void keepTrying(Options options, NatsConnectionEvents events, Duration retryWait,
            AtomicReference<Connection> delegate) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(retryWait.toMillis());
                delegate.set(Nats.connect(options));
                // the CONNECTED event fired before the connection was visible here: run its actions again
                events.fireConnected();
                return;
            } catch (IOException e) {
                log.debug("NATS still not reachable: {}", e.getMessage());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Object invoke(AtomicReference<Connection> delegate, Thread retrying, Method method, Object[] args)
            throws Throwable {
        Connection connection = delegate.get();
        if (connection == null) {
            return switch (method.getName()) {
                case "getStatus" -> Connection.Status.DISCONNECTED;
                case "close" -> {
                    if (retrying != null) {
                        retrying.interrupt();
                    }
                    yield null;
                }
                case "toString" -> "NATS connection (not connected yet)";
                case "hashCode" -> System.identityHashCode(delegate);
                case "equals" -> args[0] == delegate;
                default -> throw new IllegalStateException("NATS is not connected yet");
            };
        }
        if (method.getName().equals("close") && retrying != null) {
            retrying.interrupt();
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
