package com.hockeyhub.communication.realtime;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.communication.realtime.*}: the core NATS subject prefix the replicas fan pushes out on (not a
 * JetStream subject: a push is for whoever is connected now; a reconnecting client asks for what it missed), how long
 * a stream stays open, how often idle streams get a heartbeat, how many pushes a slow client may fall behind before
 * its stream is dropped (it reconnects and catches up with Last-Event-ID), and how many threads write to the streams
 * (each client that stops reading can hold one once its socket buffer is full, until the write times out).
 */
@ConfigurationProperties("hockeyhub.communication.realtime")
public record RealtimeProperties(String subject, Duration streamTimeout, Duration heartbeat, Integer maxPending,
        Integer senders) {

    public RealtimeProperties {
        subject = subject == null || subject.isBlank() ? "hockeyhub.realtime.communication" : subject;
        streamTimeout = streamTimeout == null ? Duration.ofMinutes(30) : streamTimeout;
        heartbeat = heartbeat == null ? Duration.ofSeconds(25) : heartbeat;
        maxPending = maxPending == null || maxPending < 1 ? 256 : maxPending;
        senders = senders == null || senders < 1 ? 8 : senders;
    }
}
