package com.hockeyhub.shared.settings;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.event.nats.CoreSubscription;
import com.hockeyhub.shared.event.nats.NatsConnectionEvents;
import io.nats.client.Connection;
import io.nats.client.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evicts {@link EffectiveSettings} when admin-service publishes {@code config.changed} or {@code feature.toggled}.
 * A plain (non-durable, no queue group) subscription to the two subjects, so every replica of the service hears
 * every change and drops its own copy; there is nothing to redeliver, since an eviction is idempotent. After every
 * (re)connect the whole cache is dropped: changes made while disconnected were not heard.
 */
public class SettingsInvalidation implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SettingsInvalidation.class);

    private final EffectiveSettings settings;
    private final JsonMapper json;
    private final AtomicLong received = new AtomicLong();
    private final CoreSubscription subscription;

    public SettingsInvalidation(Connection connection, EventProperties events, NatsConnectionEvents connectionEvents,
            EffectiveSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.subscription = CoreSubscription.broadcast(connection, connectionEvents, this::onMessage,
                settings::evictAll, events.subject(EventTypes.CONFIG_CHANGED),
                events.subject(EventTypes.FEATURE_TOGGLED));
    }

    /** How many change events were heard (for tests and diagnostics). */
    public long received() {
        return received.get();
    }

    private void onMessage(Message message) {
        received.incrementAndGet();
        UUID club = null;
        try {
            JsonNode envelope = json.readTree(message.getData());
            club = uuid(envelope.path("data").path("organizationId"));
            if (club == null) {
                club = uuid(envelope.path("organizationId"));
            }
        } catch (RuntimeException e) {
            log.warn("Unreadable settings change on {}: evicting every cached setting", message.getSubject());
        }
        if (club == null) {
            settings.evictAll();
        } else {
            settings.evictClub(club);
        }
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return UUID.fromString(node.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
