package com.hockeyhub.shared.event.nats;

import io.nats.client.Connection;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code nats} health component: DOWN while disconnected. Deliberately not part of the readiness group — the
 * outbox keeps writes working during a NATS outage, so a service stays ready.
 */
public class NatsHealthIndicator extends AbstractHealthIndicator {

    private final Connection connection;

    public NatsHealthIndicator(Connection connection) {
        super("NATS health check failed");
        this.connection = connection;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Connection.Status status = connection.getStatus();
        builder.withDetail("status", status.name());
        if (status == Connection.Status.CONNECTED) {
            builder.up().withDetail("server", String.valueOf(connection.getConnectedUrl()))
                    .withDetail("serverVersion", connection.getServerInfo().getVersion());
        } else {
            builder.down();
        }
    }
}
