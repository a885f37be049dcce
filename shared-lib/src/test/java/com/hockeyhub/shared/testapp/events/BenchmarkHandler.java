package com.hockeyhub.shared.testapp.events;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records when each benchmark event's handler transaction committed (System.nanoTime). */
@org.springframework.stereotype.Component
public class BenchmarkHandler {

    public static final String TYPE = "test.bench";

    private final Map<UUID, Long> handledAt = new ConcurrentHashMap<>();

    @EventHandler(type = TYPE, name = "bench")
    void on(TestEvents.Ping ping, EventEnvelope envelope) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                handledAt.putIfAbsent(envelope.id(), System.nanoTime());
            }
        });
    }

    public Map<UUID, Long> handledAt() {
        return handledAt;
    }
}
