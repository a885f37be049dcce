package com.hockeyhub.shared.saga;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer meters per saga type: {@code hockeyhub.saga.started|completed|compensated|failed} counters,
 * {@code hockeyhub.saga.duration} timer (tag {@code outcome}) and {@code hockeyhub.saga.step.failures}
 * (tags {@code step}, {@code direction}, {@code outcome}).
 */
public class SagaMetricsListener implements SagaListener {

    private final MeterRegistry registry;

    public SagaMetricsListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onStarted(SagaEvent event) {
        counter("hockeyhub.saga.started", event.type(), "Sagas started").increment();
    }

    @Override
    public void onStepFailed(SagaStepEvent event) {
        Counter.builder("hockeyhub.saga.step.failures").description("Failed, timed-out or rejected step attempts")
                .tag("type", event.type()).tag("step", event.step())
                .tag("direction", event.direction().name().toLowerCase())
                .tag("outcome", event.outcome().name().toLowerCase())
                .register(registry).increment();
    }

    @Override
    public void onCompleted(SagaEvent event) {
        finished("hockeyhub.saga.completed", "Sagas completed", event);
    }

    @Override
    public void onCompensated(SagaEvent event) {
        finished("hockeyhub.saga.compensated", "Sagas compensated after a failed step", event);
    }

    @Override
    public void onFailed(SagaEvent event) {
        finished("hockeyhub.saga.failed", "Sagas whose compensation failed (need an operator)", event);
    }

    private void finished(String name, String description, SagaEvent event) {
        counter(name, event.type(), description).increment();
        if (event.duration() != null && !event.duration().isNegative()) {
            Timer.builder("hockeyhub.saga.duration").description("Time from start to the final status")
                    .tag("type", event.type()).tag("outcome", event.status().name().toLowerCase())
                    .register(registry).record(event.duration());
        }
    }

    private Counter counter(String name, String type, String description) {
        return Counter.builder(name).description(description).tag("type", type).register(registry);
    }
}
