package com.hockeyhub.shared.event.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.retry.Backoff;
import com.hockeyhub.shared.event.EventMetrics;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.nats.JetStreamSetup;
import io.micrometer.core.instrument.Gauge;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending outbox rows to JetStream, oldest first, with {@code Nats-Msg-Id} = event id (so a re-send after a
 * lost acknowledgement is de-duplicated by the stream), and marks them sent. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several replicas relay side by side without sending a row twice.
 * <p>
 * Runs on one thread of its own: woken right after a commit that wrote events, otherwise polling. While NATS is
 * away it backs off exponentially and leaves the rows where they are. It also purges sent rows after the retention
 * period and keeps the {@code hockeyhub.outbox.pending} and {@code hockeyhub.outbox.oldest.age} gauges current.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    public static final String EVENT_TYPE_HEADER = "Hh-Event-Type";
    private static final Duration GAUGE_REFRESH = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Connection connection;
    private final JetStreamSetup setup;
    private final EventProperties properties;
    private final EventMetrics metrics;

    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;
    private JetStream jetStream;

    private volatile long pending;
    private volatile double oldestAgeSeconds;
    private Instant pendingMeasuredAt = Instant.EPOCH;
    private Instant nextPurge = Instant.EPOCH;
    private boolean outageLogged;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, Connection connection,
            JetStreamSetup setup, EventProperties properties, EventMetrics metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connection = connection;
        this.setup = setup;
        this.properties = properties;
        this.metrics = metrics;
        Gauge.builder("hockeyhub.outbox.pending", this, relay -> relay.pending)
                .description("Outbox events not yet sent to JetStream").register(metrics.registry());
        Gauge.builder("hockeyhub.outbox.oldest.age", this, relay -> relay.oldestAgeSeconds)
                .description("Age of the oldest unsent outbox event").baseUnit("seconds")
                .register(metrics.registry());
    }

    /** Asks the relay to look for new rows now (called after a commit that published events). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(AcrossClubs.task(this::loop), "outbox-relay"); // relays every club's events
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(properties.getRelay().getPublishTimeout().toMillis() + 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Rows not yet sent, as of the last measurement (at most a few seconds old). */
    public long pendingCount() {
        return pending;
    }

    private void loop() {
        Duration backoff = null;
        int failedRounds = 0;
        while (running) {
            boolean more = false;
            try {
                if (connection.getStatus() == Connection.Status.CONNECTED
                        && (setup.isReady() || setup.ensureStreams())) {
                    more = relayBatch() == properties.getRelay().getBatchSize();
                    backoff = null;
                    failedRounds = 0;
                    if (outageLogged) {
                        log.info("Outbox relay publishing again");
                        outageLogged = false;
                    }
                } else {
                    backoff = backoffAfter(++failedRounds);
                    if (!outageLogged) {
                        log.warn("Outbox relay paused: NATS is not available; events stay in the outbox");
                        outageLogged = true;
                    }
                }
            } catch (RuntimeException e) {
                backoff = backoffAfter(++failedRounds);
                if (!outageLogged) {
                    log.warn("Outbox relay cannot publish ({}); retrying with back-off up to {}", e.toString(),
                            properties.getRelay().getMaxBackoff());
                    outageLogged = true;
                } else {
                    log.debug("Outbox relay still cannot publish: {}", e.toString());
                }
            }
            housekeeping();
            if (!more && running) {
                pause(backoff != null ? backoff : properties.getRelay().getPollInterval(), backoff == null);
            }
        }
    }

    private Duration backoffAfter(int failedRounds) {
        return Backoff.exponential(properties.getRelay().getInitialBackoff(), 2.0, properties.getRelay().getMaxBackoff())
                .delayAfter(failedRounds);
    }

    private void pause(Duration duration, boolean wakeable) {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (signal) {
            if (!wakeable) {
                woken = false;
            }
            while (running && !(wakeable && woken)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(signal, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    private record Row(UUID id, String type, String envelope) {
    }

    private record BatchResult(int sent, RuntimeException failure) {
    }

    /** Claims, publishes and marks one batch; returns the number of rows sent. */
    int relayBatch() {
        BatchResult result = transactions.execute(status -> {
            List<Row> rows = jdbc.query("SELECT id, type, envelope::text FROM hockeyhub_outbox "
                            + "WHERE sent_at IS NULL ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED",
                    (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                    properties.getRelay().getBatchSize());
            if (rows.isEmpty()) {
                return new BatchResult(0, null);
            }
            List<CompletableFuture<PublishAck>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Headers headers = new Headers().add(EVENT_TYPE_HEADER, row.type());
                acks.add(jetStream().publishAsync(properties.subject(row.type()), headers,
                        row.envelope().getBytes(StandardCharsets.UTF_8),
                        PublishOptions.builder().messageId(row.id().toString())
                                .expectedStream(properties.getStream()).build()));
            }
            List<UUID> sent = new ArrayList<>(rows.size());
            RuntimeException failure = null;
            long deadline = System.nanoTime() + properties.getRelay().getPublishTimeout().toNanos();
            for (int i = 0; i < rows.size(); i++) {
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    sent.add(rows.get(i).id());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new IllegalStateException("interrupted", e);
                    break;
                } catch (ExecutionException | TimeoutException e) {
                    // rows after the first failure stay pending, so the order on the stream is kept
                    failure = new IllegalStateException("JetStream publish failed: "
                            + (e.getCause() != null ? e.getCause() : e), e);
                    break;
                }
            }
            if (!sent.isEmpty()) {
                jdbc.update("UPDATE hockeyhub_outbox SET sent_at = now() WHERE id = ANY(?)",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", sent.toArray())));
                for (int i = 0; i < sent.size(); i++) {
                    metrics.published(rows.get(i).type());
                }
            }
            return new BatchResult(sent.size(), failure);
        });
        if (result.failure() != null) {
            throw result.failure();
        }
        return result.sent();
    }

    private JetStream jetStream() {
        if (jetStream == null) {
            try {
                jetStream = connection.jetStream();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return jetStream;
    }

    private void housekeeping() {
        Instant now = Instant.now();
        try {
            if (now.isAfter(pendingMeasuredAt.plus(GAUGE_REFRESH))) {
                pendingMeasuredAt = now;
                jdbc.query("SELECT count(*), min(created_at) FROM hockeyhub_outbox WHERE sent_at IS NULL", rs -> {
                    pending = rs.getLong(1);
                    Timestamp oldest = rs.getTimestamp(2);
                    oldestAgeSeconds = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                });
            }
            if (now.isAfter(nextPurge)) {
                nextPurge = now.plus(properties.getRelay().getPurgeInterval());
                int outbox = jdbc.update("DELETE FROM hockeyhub_outbox WHERE sent_at < ?",
                        Timestamp.from(now.minus(properties.getRelay().getRetention())));
                int inbox = jdbc.update("DELETE FROM hockeyhub_inbox WHERE handled_at < ?",
                        Timestamp.from(now.minus(properties.getConsumer().getInboxRetention())));
                if (outbox + inbox > 0) {
                    log.info("Purged {} sent outbox rows and {} old inbox rows", outbox, inbox);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Outbox housekeeping failed: {}", e.toString());
        }
    }
}
