package com.hockeyhub.shared.event.nats;

import java.util.List;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.MessageHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A core NATS (not JetStream) subscription that survives the way the suite connects: it subscribes at once when
 * NATS is connected, or — while NATS has not been reached since start-up ({@link NatsConnector} hands out a
 * connection that throws {@link IllegalStateException} until then) — at the first connect. jnats keeps an existing
 * subscription across later reconnects; an optional {@code onConnected} hook runs before every (re)connect's
 * subscribe attempt, for a part that has to resynchronise what it may have missed while disconnected.
 *
 * <p>Two shapes: {@link #broadcast} (no queue group: every replica hears every message — cache invalidation,
 * revocations, fan-out to the replica holding a stream) and {@link #queue} (one member of a queue group hears each
 * message — query responders of one service). {@link #close()} stops it for good, also when it has not subscribed yet.
 */
public final class CoreSubscription implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CoreSubscription.class);
    private static final Runnable NOTHING = () -> { };

    private final Connection connection;
    private final NatsConnectionEvents events;
    private final List<String> subjects;
    private final String queueGroup;
    private final MessageHandler handler;
    private final Runnable onConnected;
    private final Runnable connected = this::connected;
    private Dispatcher dispatcher;
    private boolean closed;

    private CoreSubscription(Connection connection, NatsConnectionEvents events, List<String> subjects,
            String queueGroup, MessageHandler handler, Runnable onConnected) {
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one subject");
        }
        this.connection = connection;
        this.events = events;
        this.subjects = subjects;
        this.queueGroup = queueGroup;
        this.handler = handler;
        this.onConnected = onConnected == null ? NOTHING : onConnected;
    }

    /**
     * Every replica receives every message on {@code subjects}. {@code onConnected} (may be {@code null}) runs on
     * the connection-event thread after every connect and reconnect, before the subscription is (re)made.
     * {@code events} may be {@code null} when there is none: then only an already connected connection subscribes.
     */
    public static CoreSubscription broadcast(Connection connection, NatsConnectionEvents events,
            MessageHandler handler, Runnable onConnected, String... subjects) {
        return new CoreSubscription(connection, events, List.of(subjects), null, handler, onConnected).start();
    }

    /** One member of {@code queueGroup} receives each message on {@code subject}. */
    public static CoreSubscription queue(Connection connection, NatsConnectionEvents events, String subject,
            String queueGroup, MessageHandler handler) {
        return new CoreSubscription(connection, events, List.of(subject), queueGroup, handler, null).start();
    }

    private CoreSubscription start() {
        if (events != null) {
            events.onConnected(connected);
        }
        try {
            subscribe();
        } catch (IllegalStateException notConnectedYet) {
            log.info("NATS not connected yet: subscribing to {} at the first connect", subjects);
        }
        return this;
    }

    /** Whether the subscription is in place (false before the first connect and after {@link #close()}). */
    public synchronized boolean isSubscribed() {
        return dispatcher != null;
    }

    private void connected() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            onConnected.run();
        } catch (RuntimeException e) {
            log.warn("Resynchronising {} after a NATS connect failed: {}", subjects, e.toString());
        }
        subscribe();
    }

    private synchronized void subscribe() {
        if (dispatcher != null || closed) {
            return;
        }
        Dispatcher created = connection.createDispatcher();
        for (String subject : subjects) {
            if (queueGroup == null) {
                created.subscribe(subject, handler);
            } else {
                created.subscribe(subject, queueGroup, handler);
            }
        }
        dispatcher = created;
        log.debug("Subscribed to {}{}", subjects, queueGroup == null ? "" : " in queue group " + queueGroup);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (events != null) {
            events.removeOnConnected(connected);
        }
        if (dispatcher != null && connection.getStatus() != Connection.Status.CLOSED) {
            try {
                connection.closeDispatcher(dispatcher);
            } catch (RuntimeException e) {
                log.debug("Closing the subscription to {}: {}", subjects, e.toString());
            }
        }
        dispatcher = null;
    }
}
