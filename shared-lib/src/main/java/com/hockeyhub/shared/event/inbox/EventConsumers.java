package com.hockeyhub.shared.event.inbox;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.retry.Backoff;
import com.hockeyhub.shared.event.EventContext;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventMetrics;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.nats.JetStreamSetup;
import com.hockeyhub.shared.event.nats.NatsConnectionEvents;
import com.hockeyhub.shared.web.RequestIds;
import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.MessageHandler;
import io.nats.client.PublishOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.impl.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every {@link com.hockeyhub.shared.event.EventHandler}: one durable JetStream consumer per handler
 * ({@code <service>-<name>}, explicit ack, filtered to the handler's event type), created or updated at start-up and
 * after every reconnect.
 * <p>
 * Each delivery runs the handler in one transaction together with the inbox row {@code (consumer, event id)}: an
 * event already in the inbox is acknowledged without running the handler again. A failing handler's delivery is
 * negatively acknowledged with an exponential delay; on the last allowed attempt — or at once when the payload
 * cannot be read at all — the message goes to {@code <dlq-prefix>.<service>} (a JetStream stream of its own), the
 * inbox records it as dead-lettered, and it is acknowledged, counted and logged.
 * <p>
 * By default a consumer handles one delivery at a time, in stream order; {@code hockeyhub.events.consumer.concurrency}
 * lets it handle several at once (order then not guaranteed).
 * <p>
 * A batch handler ({@code @EventHandler(batchSize = n)}, n &gt; 1) has one worker thread per consumer that takes up
 * to n waiting deliveries at once: their inbox rows are written with one statement and the handler is called with
 * the events not in the inbox yet, in one transaction; all deliveries are acknowledged after the commit. If that
 * transaction fails, the deliveries of the batch are handled one by one as above (the handler called with a list of
 * one), so retries, back-off and the dead letter apply to each event on its own.
 */
public class EventConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);
    public static final String CONSUMER_HEADER = "Hh-Consumer";
    public static final String EVENT_ID_HEADER = "Hh-Event-Id";
    public static final String EVENT_TYPE_HEADER = "Hh-Event-Type";
    public static final String ATTEMPTS_HEADER = "Hh-Attempts";
    public static final String ERROR_HEADER = "Hh-Error";

    // short pulls with heartbeats: after a reconnect a consumer resumes within seconds
    private static final Duration PULL_EXPIRY = Duration.ofSeconds(5);

    private final EventHandlerRegistry registry;
    private final Connection connection;
    private final JetStreamSetup setup;
    private final NatsConnectionEvents connectionEvents;
    private final EventProperties properties;
    private final String service;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final EventMetrics metrics;
    private final Map<String, MessageConsumer> consumers = new LinkedHashMap<>();
    private final Map<String, ThreadPoolExecutor> workers = new LinkedHashMap<>();
    private final Map<String, BatchWorker> batchWorkers = new LinkedHashMap<>();
    private volatile boolean running;

    public EventConsumers(EventHandlerRegistry registry, Connection connection, JetStreamSetup setup,
            NatsConnectionEvents connectionEvents, EventProperties properties, String service, JdbcTemplate jdbc,
            TransactionTemplate transactions, JsonMapper json, EventMetrics metrics) {
        this.registry = registry;
        this.connection = connection;
        this.setup = setup;
        this.connectionEvents = connectionEvents;
        this.properties = properties;
        this.service = service;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.metrics = metrics;
    }

    /** The durable consumer name of a handler in this service. */
    public String consumerName(String handlerName) {
        return (service + "-" + handlerName).replaceAll("[^A-Za-z0-9_-]", "-");
    }

    @Override
    public void start() {
        running = true;
        connectionEvents.onConnected(this::ensureConsumers);
        ensureConsumers();
    }

    /** Creates or updates every handler's consumer and starts consuming where not yet done; safe to repeat. */
    public synchronized void ensureConsumers() {
        if (!running || registry.handlers().isEmpty() || !setup.ensureStreams()) {
            return;
        }
        for (EventHandlerMethod handler : registry.handlers()) {
            String name = consumerName(handler.name());
            try {
                connection.jetStreamManagement().addOrUpdateConsumer(properties.getStream(),
                        ConsumerConfiguration.builder()
                                .durable(name)
                                .description(handler.description())
                                .filterSubject(properties.subject(handler.type()))
                                .ackPolicy(AckPolicy.Explicit)
                                .deliverPolicy(DeliverPolicy.All)
                                .ackWait(properties.getConsumer().getAckWait())
                                .maxAckPending(properties.getConsumer().getMaxAckPending())
                                .build());
                if (!consumers.containsKey(name)) {
                    MessageHandler onMessage = message -> handle(handler, name, message);
                    int pull = 100;
                    int concurrency = properties.getConsumer().getConcurrency();
                    if (handler.isBatch()) {
                        BatchWorker worker = batchWorkers.computeIfAbsent(name, n -> new BatchWorker(handler, n));
                        onMessage = worker::offer;
                        pull = Math.max(pull, Math.min(2 * handler.batchSize(),
                                properties.getConsumer().getMaxAckPending()));
                    } else if (concurrency > 1) {
                        ThreadPoolExecutor pool = workers(name, concurrency);
                        onMessage = message -> pool.execute(() -> handle(handler, name, message));
                    }
                    MessageConsumer consumer = connection.getConsumerContext(properties.getStream(), name)
                            .consume(ConsumeOptions.builder().batchSize(pull).expiresIn(PULL_EXPIRY.toMillis()).build(),
                                    onMessage);
                    consumers.put(name, consumer);
                    log.info("Consuming {} as durable consumer {} ({})", handler.type(), name, handler.description());
                }
            } catch (Exception e) {
                log.warn("Could not start consumer {} (retried on reconnect): {}", name, e.toString());
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (MessageConsumer consumer : consumers.values()) {
            try {
                consumer.stop();
                consumer.close();
            } catch (Exception e) {
                log.debug("Stopping a consumer: {}", e.toString());
            }
        }
        consumers.clear();
        for (BatchWorker worker : batchWorkers.values()) {
            worker.stop();
        }
        batchWorkers.clear();
        for (ThreadPoolExecutor pool : workers.values()) {
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    /** Worker threads of a concurrent consumer; a full queue makes the delivering thread wait (back-pressure). */
    private ThreadPoolExecutor workers(String name, int concurrency) {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(concurrency * 2), runnable -> {
                    Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        workers.put(name, pool);
        return pool;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Event handlers serve no user and state every club ({@link AcrossClubs}); an event names its club. */
    void handle(EventHandlerMethod handler, String consumer, Message message) {
        AcrossClubs.run(() -> handleOne(handler, consumer, message));
    }

    private void handleOne(EventHandlerMethod handler, String consumer, Message message) {
        int attempt = (int) message.metaData().deliveredCount();
        EventEnvelope envelope;
        Object[] arguments;
        try {
            envelope = json.readValue(message.getData(), EventEnvelope.class);
            arguments = handler.arguments(envelope, json);
        } catch (RuntimeException unreadable) {
            // no retry can make unreadable data readable
            metrics.failed(handler.type(), consumer);
            deadLetter(message, consumer, handler.type(), null, attempt, unreadable);
            return;
        }
        if (envelope.correlationId() != null) {
            MDC.put(RequestIds.MDC_KEY, envelope.correlationId());
        }
        try {
            Boolean fresh = transactions.execute(status -> {
                int inserted = jdbc.update("INSERT INTO hockeyhub_inbox (consumer, event_id, event_type, status, attempts) "
                        + "VALUES (?, ?, ?, 'HANDLED', ?) ON CONFLICT DO NOTHING",
                        consumer, envelope.id(), envelope.type(), attempt);
                if (inserted == 0) {
                    return false;
                }
                EventContext.with(envelope, () -> {
                    try {
                        handler.invoke(arguments);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable checked) {
                        throw new HandlerFailure(checked);
                    }
                    return null;
                });
                return true;
            });
            message.ack();
            if (Boolean.TRUE.equals(fresh)) {
                metrics.handled(envelope.type(), consumer);
            } else {
                metrics.duplicate(envelope.type(), consumer);
                log.debug("Event {} already handled by {}; skipped", envelope.id(), consumer);
            }
        } catch (RuntimeException | Error e) {
            Throwable cause = e instanceof HandlerFailure ? e.getCause() : e;
            metrics.failed(envelope.type(), consumer);
            if (attempt >= properties.getConsumer().getMaxAttempts()) {
                deadLetter(message, consumer, envelope.type(), envelope.id(), attempt, cause);
            } else {
                Duration delay = backoff(attempt);
                log.warn("{} failed on event {} ({}), attempt {} of {}; redelivery in {}: {}", consumer,
                        envelope.id(), envelope.type(), attempt, properties.getConsumer().getMaxAttempts(), delay,
                        cause.toString());
                message.nakWithDelay(delay);
            }
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /**
     * Handles the deliveries of one batch in one transaction (see the class comment); falls back to one by one when
     * that fails.
     */
    void handleBatch(EventHandlerMethod handler, String consumer, List<Message> messages) {
        AcrossClubs.run(() -> handleAll(handler, consumer, messages));
    }

    private void handleAll(EventHandlerMethod handler, String consumer, List<Message> messages) {
        if (messages.size() == 1) {
            handle(handler, consumer, messages.get(0));
            return;
        }
        List<Message> readable = new ArrayList<>(messages.size());
        List<EventEnvelope> envelopes = new ArrayList<>(messages.size());
        for (Message message : messages) {
            try {
                EventEnvelope envelope = json.readValue(message.getData(), EventEnvelope.class);
                handler.arguments(envelope, json);
                envelopes.add(envelope);
                readable.add(message);
            } catch (RuntimeException unreadable) {
                metrics.failed(handler.type(), consumer);
                deadLetter(message, consumer, handler.type(), null, (int) message.metaData().deliveredCount(),
                        unreadable);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        Set<UUID> fresh;
        try {
            fresh = transactions.execute(status -> {
                Set<UUID> inserted = insertInbox(consumer, envelopes, readable);
                List<EventEnvelope> toHandle = new ArrayList<>(inserted.size());
                Set<UUID> taken = new HashSet<>();
                for (EventEnvelope envelope : envelopes) {
                    if (inserted.contains(envelope.id()) && taken.add(envelope.id())) {
                        toHandle.add(envelope);
                    }
                }
                if (!toHandle.isEmpty()) {
                    try {
                        handler.invokeBatch(toHandle);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable checked) {
                        throw new HandlerFailure(checked);
                    }
                }
                return taken;
            });
        } catch (RuntimeException | Error e) {
            Throwable cause = e instanceof HandlerFailure ? e.getCause() : e;
            log.warn("{} failed on a batch of {} events; handling them one by one: {}", consumer, readable.size(),
                    cause.toString());
            for (Message message : readable) {
                handle(handler, consumer, message);
            }
            return;
        }
        Set<UUID> counted = new HashSet<>();
        for (int i = 0; i < readable.size(); i++) {
            readable.get(i).ack();
            EventEnvelope envelope = envelopes.get(i);
            if (fresh != null && fresh.contains(envelope.id()) && counted.add(envelope.id())) {
                metrics.handled(envelope.type(), consumer);
            } else {
                metrics.duplicate(envelope.type(), consumer);
                log.debug("Event {} already handled by {}; skipped", envelope.id(), consumer);
            }
        }
    }

    /** Writes the inbox rows of a batch in one statement; answers the event ids that were not there yet. */
    private Set<UUID> insertInbox(String consumer, List<EventEnvelope> envelopes, List<Message> messages) {
        UUID[] ids = new UUID[envelopes.size()];
        String[] types = new String[envelopes.size()];
        Integer[] attempts = new Integer[envelopes.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = envelopes.get(i).id();
            types[i] = envelopes.get(i).type();
            attempts[i] = (int) messages.get(i).metaData().deliveredCount();
        }
        Set<UUID> inserted = new HashSet<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO hockeyhub_inbox (consumer, event_id, event_type, status, attempts) "
                            + "SELECT ?, t.event_id, t.event_type, 'HANDLED', t.attempts "
                            + "FROM unnest(?::uuid[], ?::text[], ?::integer[]) WITH ORDINALITY "
                            + "AS t(event_id, event_type, attempts, position) ORDER BY t.position "
                            + "ON CONFLICT DO NOTHING RETURNING event_id");
            statement.setString(1, consumer);
            statement.setArray(2, connection.createArrayOf("uuid", ids));
            statement.setArray(3, connection.createArrayOf("text", types));
            statement.setArray(4, connection.createArrayOf("integer", attempts));
            return statement;
        }, (RowCallbackHandler) row -> inserted.add(row.getObject(1, UUID.class)));
        return inserted;
    }

    private Duration backoff(int attempt) {
        return Backoff.exponential(properties.getConsumer().getInitialBackoff(), 2.0,
                properties.getConsumer().getMaxBackoff()).delayAfter(attempt);
    }

    private void deadLetter(Message message, String consumer, String type, UUID eventId, int attempt, Throwable error) {
        String id = eventId != null ? eventId.toString() : messageId(message);
        String reason = oneLine(error);
        try {
            Headers headers = new Headers()
                    .add(CONSUMER_HEADER, consumer)
                    .add(EVENT_TYPE_HEADER, type)
                    .add(EVENT_ID_HEADER, id)
                    .add(ATTEMPTS_HEADER, Integer.toString(attempt))
                    .add(ERROR_HEADER, reason);
            connection.jetStream().publish(properties.dlqSubject(service), headers, message.getData(),
                    PublishOptions.builder().messageId(id + ":" + consumer)
                            .expectedStream(properties.getDlqStream()).build());
            if (eventId != null) {
                transactions.executeWithoutResult(status -> jdbc.update(
                        "INSERT INTO hockeyhub_inbox (consumer, event_id, event_type, status, attempts, error) "
                                + "VALUES (?, ?, ?, 'DEAD_LETTERED', ?, ?) ON CONFLICT DO NOTHING",
                        consumer, eventId, type, attempt, reason));
            }
            message.ack();
            metrics.deadLettered(type, consumer);
            log.error("Event {} ({}) dead-lettered to {} by {} after {} attempt(s): {}", id, type,
                    properties.dlqSubject(service), consumer, attempt, reason, error);
        } catch (Exception e) {
            log.warn("Could not dead-letter event {} of {} ({}); it will be redelivered", id, consumer, e.toString());
            message.nakWithDelay(properties.getConsumer().getMaxBackoff());
        }
    }

    private static String messageId(Message message) {
        if (message.hasHeaders() && message.getHeaders().getFirst("Nats-Msg-Id") != null) {
            return message.getHeaders().getFirst("Nats-Msg-Id");
        }
        return "seq-" + message.metaData().streamSequence();
    }

    private static String oneLine(Throwable error) {
        String text = String.valueOf(error).replaceAll("[\\r\\n]+", " ");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /**
     * The worker of one batch handler's consumer: NATS delivers into a bounded queue (a full queue makes the
     * delivering thread wait), the worker takes what is waiting, up to the batch size, and handles it as one batch.
     */
    private final class BatchWorker implements Runnable {

        private final EventHandlerMethod handler;
        private final String consumer;
        private final BlockingQueue<Message> queue;
        private final Thread thread;
        private volatile boolean stopped;

        BatchWorker(EventHandlerMethod handler, String consumer) {
            this.handler = handler;
            this.consumer = consumer;
            this.queue = new ArrayBlockingQueue<>(2 * handler.batchSize());
            this.thread = new Thread(this, consumer + "-batch");
            thread.setDaemon(true);
            thread.start();
        }

        void offer(Message message) throws InterruptedException {
            while (!queue.offer(message, 200, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    message.nak();
                    return;
                }
            }
        }

        @Override
        public void run() {
            List<Message> batch = new ArrayList<>(handler.batchSize());
            while (!stopped) {
                try {
                    Message first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, handler.batchSize() - 1);
                    handleBatch(handler, consumer, batch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    // not acknowledged: redelivered after the ack wait
                    log.error("{} could not handle a batch of {} deliveries", consumer, batch.size(), e);
                } finally {
                    batch.clear();
                }
            }
        }

        /** Lets the batch in hand finish; what is still queued is given back to JetStream for redelivery. */
        void stop() {
            stopped = true;
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                thread.interrupt();
            }
            List<Message> left = new ArrayList<>();
            queue.drainTo(left);
            for (Message message : left) {
                try {
                    message.nak();
                } catch (RuntimeException e) {
                    log.debug("Giving back a delivery: {}", e.toString());
                }
            }
        }
    }

    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Throwable cause) {
            super(cause);
        }
    }
}
