package com.hockeyhub.shared.event.nats;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.nats.*}: where the NATS server is ({@code NATS_URL}), how to prove who we are and whom we trust,
 * and how to stay connected. Credentials go in the URL ({@code nats://user:password@host:4222}, or a token as
 * {@code nats://token@host:4222}) or in a credentials file ({@code NATS_CREDENTIALS}, NATS' JWT + nkey format); a
 * {@code tls://} URL requires TLS, verified against {@code NATS_TRUSTSTORE} (or the JVM's default trust store).
 */
@ConfigurationProperties("hockeyhub.nats")
public class NatsProperties {

    /** One or more server URLs, comma separated. */
    private String url = "nats://localhost:4222";

    /** Pause between reconnect attempts (with jitter); the client reconnects forever. */
    private Duration reconnectWait = Duration.ofSeconds(1);

    private Duration connectionTimeout = Duration.ofSeconds(2);

    /** Outgoing data buffered while disconnected. */
    private long reconnectBufferSize = 8L * 1024 * 1024;

    /** A NATS credentials file (JWT and nkey seed); empty: none. */
    private String credentialsFile = "";

    /** A trust store (PKCS#12 or JKS) with the authority of the server's certificate; empty: the JVM's default. */
    private String truststorePath = "";

    private String truststorePassword = "";

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

    public String getCredentialsFile() {
        return credentialsFile;
    }

    public void setCredentialsFile(String credentialsFile) {
        this.credentialsFile = credentialsFile;
    }

    public String getTruststorePath() {
        return truststorePath;
    }

    public void setTruststorePath(String truststorePath) {
        this.truststorePath = truststorePath;
    }

    public String getTruststorePassword() {
        return truststorePassword;
    }

    public void setTruststorePassword(String truststorePassword) {
        this.truststorePassword = truststorePassword;
    }
}
