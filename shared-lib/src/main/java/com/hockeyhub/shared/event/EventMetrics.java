package com.hockeyhub.shared.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of the event layer, tagged by event type (and consumer where there is one):
 * {@code hockeyhub.events.published}, {@code .handled}, {@code .duplicates}, {@code .failed},
 * {@code .dead_lettered}. The outbox gauges live with the relay.
 */
public class EventMetrics {

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void published(String type) {
        counter("hockeyhub.events.published", "Events relayed from the outbox to JetStream", type, null).increment();
    }

    public void handled(String type, String consumer) {
        counter("hockeyhub.events.handled", "Events handled by a consumer", type, consumer).increment();
    }

    public void duplicate(String type, String consumer) {
        counter("hockeyhub.events.duplicates", "Redelivered events skipped through the inbox", type, consumer)
                .increment();
    }

    public void failed(String type, String consumer) {
        counter("hockeyhub.events.failed", "Handler attempts that failed", type, consumer).increment();
    }

    public void deadLettered(String type, String consumer) {
        counter("hockeyhub.events.dead_lettered", "Events sent to the dead-letter subject", type, consumer)
                .increment();
    }

    private Counter counter(String name, String description, String type, String consumer) {
        Counter.Builder builder = Counter.builder(name).description(description).tag("type", type);
        if (consumer != null) {
            builder.tag("consumer", consumer);
        }
        return builder.register(registry);
    }
}
