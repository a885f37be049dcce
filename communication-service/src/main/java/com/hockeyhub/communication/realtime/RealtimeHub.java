package com.hockeyhub.communication.realtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.nats.client.Connection;
import io.nats.client.Message;
import com.hockeyhub.shared.event.nats.CoreSubscription;
import com.hockeyhub.shared.event.nats.NatsConnectionEvents;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-Sent Event streams of the people connected to this replica, and the fan-out between replicas: a push is
 * published (after its transaction commits) on the core NATS subject {@code <subject>.push}; every replica subscribes
 * to it and writes the event to the streams of the named people it holds. So a message posted through replica A
 * reaches a client connected to replica B; nothing is kept in memory but the open streams. Without NATS, pushes
 * reach this replica's clients only (reconnecting clients catch up with Last-Event-ID).
 */
@Component
public class RealtimeHub {

    private static final Logger log = LoggerFactory.getLogger(RealtimeHub.class);

    private final Connection nats;
    private final NatsConnectionEvents connectionEvents;
    private final JsonMapper json;
    private final RealtimeProperties properties;
    private final Map<UUID, Set<ClientStream>> streams = new ConcurrentHashMap<>();
    /**
     * Write to the clients: a few threads take the streams with pushes pending from one queue (see
     * {@link ClientStream}). A fixed set, so a busy replica's threads stay at work instead of each push waking one
     * thread per stream (the hand-offs cost more CPU than the writes: docs/performance.md "communication-service").
     */
    private final ExecutorService senders;
    /** Ends streams: completing one waits for a write to it in progress, which must not hold up a sender. */
    private final ExecutorService closers = Executors.newCachedThreadPool(threads("sse-closer-"));
    private volatile CoreSubscription subscription;

    RealtimeHub(Connection nats, NatsConnectionEvents connectionEvents, JsonMapper json,
            RealtimeProperties properties) {
        this.nats = nats;
        this.connectionEvents = connectionEvents;
        this.json = json;
        this.properties = properties;
        this.senders = Executors.newFixedThreadPool(properties.senders(), threads("sse-sender-"));
    }

    private static CustomizableThreadFactory threads(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    String subject() {
        return properties.subject() + ".push";
    }

    @PostConstruct
    void subscribe() {
        subscription = CoreSubscription.broadcast(nats, connectionEvents, this::receive, null, subject());
    }

    @PreDestroy
    void close() {
        if (subscription != null) {
            subscription.close();
        }
        endAll();
        senders.shutdown();
        closers.shutdown();
    }

    /** Ends every stream open on this replica (normally: clients reconnect and catch up). */
    void endAll() {
        streams.values().forEach(set -> List.copyOf(set).forEach(stream -> stream.end(null)));
    }

    /** Opens a stream for a person: a {@code ready} event, then what they missed since {@code missed}, then pushes. */
    public SseEmitter open(UUID userId, List<RealtimeEvent> missed) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Set<ClientStream> mine = streams.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet());
        ClientStream[] self = new ClientStream[1];
        Runnable drop = () -> {
            mine.remove(self[0]);
            streams.computeIfPresent(userId, (k, set) -> set.isEmpty() ? null : set);
        };
        ClientStream stream = new ClientStream(emitter, properties.maxPending(), senders, closers, drop);
        self[0] = stream;
        emitter.onCompletion(stream::ended);
        emitter.onTimeout(stream::ended);
        emitter.onError(e -> stream.ended());
        try {
            emitter.send(frame("ready", null, "{}"));
            for (RealtimeEvent event : missed) {
                emitter.send(frame(event.event(), event.id(), json.writeValueAsString(event.data())));
            }
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        mine.add(stream);
        return emitter;
    }

    /** Pushes to the named people wherever they are connected, once the current transaction (if any) commits. */
    public void push(Collection<UUID> userIds, String event, String id, Object data) {
        if (userIds.isEmpty()) {
            return;
        }
        RealtimeEvent push = new RealtimeEvent(List.copyOf(userIds), event, id, data);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fanOut(push);
                }
            });
        } else {
            fanOut(push);
        }
    }

    private void fanOut(RealtimeEvent push) {
        byte[] payload = json.writeValueAsBytes(push);
        try {
            nats.publish(subject(), payload);
        } catch (RuntimeException e) {
            log.warn("NATS unavailable, pushing to this replica's clients only: {}", e.getMessage());
            deliver(push.userIds(), push.event(), push.id(), json.writeValueAsString(push.data()));
        }
    }

    private void receive(Message message) {
        try {
            JsonNode push = json.readTree(new String(message.getData(), StandardCharsets.UTF_8));
            List<UUID> users = new java.util.ArrayList<>();
            for (JsonNode user : push.get("userIds")) {
                users.add(UUID.fromString(user.asString()));
            }
            JsonNode id = push.get("id");
            deliver(users, push.get("event").asString(), id == null || id.isNull() ? null : id.asString(),
                    json.writeValueAsString(push.get("data")));
        } catch (RuntimeException e) {
            log.warn("Ignoring a malformed real-time push: {}", e.getMessage());
        }
    }

    private void deliver(List<UUID> users, String event, String id, String data) {
        Set<DataWithMediaType> frame = null;
        for (UUID user : users) {
            Set<ClientStream> mine = streams.get(user);
            if (mine != null) {
                if (frame == null) {
                    frame = frame(event, id, data);
                }
                // queued, never written here: this runs on the NATS dispatcher that serves every client
                for (ClientStream stream : mine) {
                    stream.offer(frame);
                }
            }
        }
    }

    /**
     * One event as the bytes of its SSE frame, rendered once per push and shared by every stream it goes to (the
     * bytes go out as they are: no message converter looks at JSON or text per stream). {@code data} is one line of
     * JSON, as the mapper writes it.
     */
    static Set<DataWithMediaType> frame(String name, String id, String data) {
        if (data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("SSE data must be one line");
        }
        StringBuilder text = new StringBuilder(name.length() + data.length() + 64).append("event:").append(name);
        if (id != null) {
            text.append("\nid:").append(id);
        }
        text.append("\ndata:").append(data).append("\n\n");
        return Set.of(new DataWithMediaType(text.toString().getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN));
    }

    private static final Set<DataWithMediaType> HEARTBEAT =
            Set.of(new DataWithMediaType(":heartbeat\n\n".getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN));

    /** Keeps idle streams (and proxies in between) alive, and finds the dead ones. */
    @Scheduled(fixedDelayString = "${hockeyhub.communication.realtime.heartbeat:PT25S}")
    void heartbeat() {
        streams.values().forEach(set -> set.forEach(stream -> stream.offer(HEARTBEAT)));
    }

    /** How many streams this replica holds (for tests and metrics). */
    public int connected(UUID userId) {
        Set<ClientStream> mine = streams.get(userId);
        return mine == null ? 0 : (int) mine.stream().filter(stream -> !stream.isClosed()).count();
    }
}
