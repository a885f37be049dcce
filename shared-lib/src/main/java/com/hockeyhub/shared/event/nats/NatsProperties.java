package com.hockeyhub.shared.event.nats;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.nats.*}: where the NATS server is ({@code NATS_URL}) and how to stay connected to it. */
@ConfigurationProperties("hockeyhub.nats")
public class NatsProperties {

    /** One or more server URLs, comma separated. */
    private String url = "nats://localhost:4222";

    /** Pause between reconnect attempts (with jitter); the client reconnects forever. */
    private Duration reconnectWait = Duration.ofSeconds(1);

    private Duration connectionTimeout = Duration.ofSeconds(2);

    /** Outgoing data buffered while disconnected. */
    private long reconnectBufferSize = 8L * 1024 * 1024;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Duration getReconnectWait() {
        return reconnectWait;
    }

    public void setReconnectWait(Duration reconnectWait) {
        this.reconnectWait = reconnectWait;
    }

    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    public long getReconnectBufferSize() {
        return reconnectBufferSize;
    }

    public void setReconnectBufferSize(long reconnectBufferSize) {
        this.reconnectBufferSize = reconnectBufferSize;
    }
}
