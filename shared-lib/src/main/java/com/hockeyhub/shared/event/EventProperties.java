package com.hockeyhub.shared.event;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.events.*}: names on the bus and the timing of the outbox relay and of consumers. Names are
 * configurable so concurrent test runs on one NATS server stay apart (each run uses its own stream and prefixes).
 */
@ConfigurationProperties("hockeyhub.events")
public class EventProperties {

    /** Switches the whole event layer (outbox, relay, consumers, NATS) off, e.g. for a tool without a bus. */
    private boolean enabled = true;

    /** The JetStream stream holding every domain event. */
    private String stream = "HOCKEYHUB_EVENTS";

    /** Event subjects are {@code <subject-prefix>.<type>}; the stream captures {@code <subject-prefix>.>}. */
    private String subjectPrefix = "hockeyhub.events";

    /** The JetStream stream keeping dead letters. */
    private String dlqStream = "HOCKEYHUB_DLQ";

    /** Dead letters go to {@code <dlq-prefix>.<service>}. */
    private String dlqPrefix = "hockeyhub.dlq";

    /** Request-reply subjects are {@code <query-prefix>.<query>} (core NATS). */
    private String queryPrefix = "hockeyhub.query";

    /** How long the stream keeps events (consumers that were away longer lose nothing only within this window). */
    private Duration streamMaxAge = Duration.ofDays(7);

    /** How long dead letters are kept. */
    private Duration dlqMaxAge = Duration.ofDays(30);

    /** JetStream de-duplication window for {@code Nats-Msg-Id}; covers a relay re-sending after a lost ack. */
    private Duration duplicateWindow = Duration.ofMinutes(10);

    /**
     * Copies of the event stream and of the dead-letter stream JetStream keeps (1 on a single server; 3 on a
     * clustered NATS, deploy/k8s). Applied when the streams are created or updated at start-up.
     */
    private int streamReplicas = 1;

    /** Default timeout of a request-reply query. */
    private Duration requestTimeout = Duration.ofSeconds(3);

    private final Relay relay = new Relay();

    private final Consumer consumer = new Consumer();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getStream() {
        return stream;
    }

    public void setStream(String stream) {
        this.stream = stream;
    }

    public String getSubjectPrefix() {
        return subjectPrefix;
    }

    public void setSubjectPrefix(String subjectPrefix) {
        this.subjectPrefix = subjectPrefix;
    }

    public String getDlqStream() {
        return dlqStream;
    }

    public void setDlqStream(String dlqStream) {
        this.dlqStream = dlqStream;
    }

    public String getDlqPrefix() {
        return dlqPrefix;
    }

    public void setDlqPrefix(String dlqPrefix) {
        this.dlqPrefix = dlqPrefix;
    }

    public String getQueryPrefix() {
        return queryPrefix;
    }

    public void setQueryPrefix(String queryPrefix) {
        this.queryPrefix = queryPrefix;
    }

    public Duration getStreamMaxAge() {
        return streamMaxAge;
    }

    public void setStreamMaxAge(Duration streamMaxAge) {
        this.streamMaxAge = streamMaxAge;
    }

    public Duration getDlqMaxAge() {
        return dlqMaxAge;
    }

    public void setDlqMaxAge(Duration dlqMaxAge) {
        this.dlqMaxAge = dlqMaxAge;
    }

    public Duration getDuplicateWindow() {
        return duplicateWindow;
    }

    public void setDuplicateWindow(Duration duplicateWindow) {
        this.duplicateWindow = duplicateWindow;
    }

    public int getStreamReplicas() {
        return streamReplicas;
    }

    public void setStreamReplicas(int streamReplicas) {
        this.streamReplicas = streamReplicas;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Relay getRelay() {
        return relay;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public String subject(String type) {
        return subjectPrefix + "." + type;
    }

    public String dlqSubject(String service) {
        return dlqPrefix + "." + service;
    }

    public String querySubject(String query) {
        return queryPrefix + "." + query;
    }

    /** The outbox relay. */
    public static class Relay {

        /** How often the relay looks for pending rows when nobody woke it (a commit wakes it at once). */
        private Duration pollInterval = Duration.ofSeconds(1);

        /** Rows claimed and published per round trip. */
        private int batchSize = 200;

        /** First pause after a failed publish; doubles up to {@code max-backoff} while NATS is away. */
        private Duration initialBackoff = Duration.ofMillis(200);

        private Duration maxBackoff = Duration.ofSeconds(15);

        /** How long a publish may wait for JetStream's acknowledgement. */
        private Duration publishTimeout = Duration.ofSeconds(5);

        /** Sent rows are kept this long (for audit and replays), then purged. */
        private Duration retention = Duration.ofDays(3);

        /** How often sent rows (and old inbox rows) are purged. */
        private Duration purgeInterval = Duration.ofMinutes(10);

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getPublishTimeout() {
            return publishTimeout;
        }

        public void setPublishTimeout(Duration publishTimeout) {
            this.publishTimeout = publishTimeout;
        }

        public Duration getRetention() {
            return retention;
        }

        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        public Duration getPurgeInterval() {
            return purgeInterval;
        }

        public void setPurgeInterval(Duration purgeInterval) {
            this.purgeInterval = purgeInterval;
        }
    }

    /** Every {@link EventHandler} consumer. */
    public static class Consumer {

        /** Deliveries of one event to a failing handler before it is dead-lettered. */
        private int maxAttempts = 5;

        /** Redelivery delay after the first failure; doubles per attempt up to {@code max-backoff}. */
        private Duration initialBackoff = Duration.ofSeconds(1);

        private Duration maxBackoff = Duration.ofMinutes(1);

        /** An unacknowledged delivery is redelivered after this (e.g. when the process died mid-handler). */
        private Duration ackWait = Duration.ofSeconds(60);

        /** Unacknowledged deliveries in flight per consumer. */
        private int maxAckPending = 500;

        /**
         * Deliveries a consumer handles at once. 1 keeps the stream's order; more raise throughput when the order
         * of events does not matter to the handlers.
         */
        private int concurrency = 1;

        /** Inbox rows (consumer, event id) are kept this long; longer than the stream keeps events. */
        private Duration inboxRetention = Duration.ofDays(14);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getAckWait() {
            return ackWait;
        }

        public void setAckWait(Duration ackWait) {
            this.ackWait = ackWait;
        }

        public int getMaxAckPending() {
            return maxAckPending;
        }

        public void setMaxAckPending(int maxAckPending) {
            this.maxAckPending = maxAckPending;
        }

        public int getConcurrency() {
            return concurrency;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }

        public Duration getInboxRetention() {
            return inboxRetention;
        }

        public void setInboxRetention(Duration inboxRetention) {
            this.inboxRetention = inboxRetention;
        }
    }
}
