package com.hockeyhub.shared.event.nats;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.Consumer;
import io.nats.client.ErrorListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every change of the NATS connection and tells interested parts (stream set-up, consumers) when the
 * connection is (re)established, on a thread of its own so they may talk to the server.
 */
public class NatsConnectionEvents implements ConnectionListener, ErrorListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NatsConnectionEvents.class);

    private volatile boolean connected;
    private final List<Runnable> onConnected = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "nats-connected");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code action} after every (re)connect; the caller handles the connection that already exists. */
    public void onConnected(Runnable action) {
        onConnected.add(action);
    }

    /** Forgets an action given to {@link #onConnected(Runnable)} (a closed subscription's, say). */
    public void removeOnConnected(Runnable action) {
        onConnected.remove(action);
    }

    @Override
    public void connectionEvent(Connection connection, Events event) {
        switch (event) {
            case CONNECTED -> log.info("NATS connected to {}", connection.getConnectedUrl());
            case RECONNECTED -> log.info("NATS reconnected to {}", connection.getConnectedUrl());
            case DISCONNECTED -> {
                // every failed reconnect attempt reports DISCONNECTED again: log the outage once
                if (connected) {
                    log.warn("NATS disconnected; reconnecting forever (events wait in the outbox meanwhile)");
                } else {
                    log.debug("NATS still disconnected");
                }
            }
            case CLOSED -> log.info("NATS connection closed");
            case LAME_DUCK -> log.warn("NATS server {} entered lame duck mode", connection.getConnectedUrl());
            default -> log.debug("NATS {}", event);
        }
        connected = event == Events.CONNECTED || event == Events.RECONNECTED || event == Events.RESUBSCRIBED
                || (connected && event != Events.DISCONNECTED && event != Events.CLOSED);
        if (event == Events.CONNECTED || event == Events.RECONNECTED) {
            fireConnected();
        }
    }

    /** Runs the connect actions (again), asynchronously. */
    public void fireConnected() {
        for (Runnable action : onConnected) {
            executor.execute(() -> {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    log.warn("Handling the NATS connect event failed: {}", e.toString());
                }
            });
        }
    }

    @Override
    public void errorOccurred(Connection conn, String error) {
        log.warn("NATS error: {}", error);
    }

    @Override
    public void exceptionOccurred(Connection conn, Exception exp) {
        log.debug("NATS exception: {}", exp.toString());
    }

    @Override
    public void slowConsumerDetected(Connection conn, Consumer consumer) {
        log.warn("NATS slow consumer detected: {}", consumer);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
