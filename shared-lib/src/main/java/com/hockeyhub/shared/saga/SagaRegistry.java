package com.hockeyhub.shared.saga;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The saga definitions an engine can run, by type and version. Instances keep the version they started with, so
 * an older version stays registered while instances of it may still be unfinished.
 */
public class SagaRegistry {

    private final Map<String, Map<Integer, SagaDefinition<?>>> definitions = new ConcurrentHashMap<>();

    public SagaRegistry() {
    }

    public SagaRegistry(List<SagaDefinition<?>> initial) {
        initial.forEach(this::register);
    }

    /** Registers the definition; registering the same object twice is harmless, a different one is an error. */
    public void register(SagaDefinition<?> definition) {
        SagaDefinition<?> existing = definitions.computeIfAbsent(definition.name(), n -> new ConcurrentHashMap<>())
                .putIfAbsent(definition.version(), definition);
        if (existing != null && existing != definition) {
            throw new IllegalStateException("saga " + definition.name() + " v" + definition.version()
                    + " is already registered with other steps");
        }
    }

    public Optional<SagaDefinition<?>> find(String type, int version) {
        return Optional.ofNullable(definitions.getOrDefault(type, Map.of()).get(version));
    }

    public List<String> types() {
        return List.copyOf(definitions.keySet());
    }

    /** The longest step or compensation timeout of any registered step ({@code fallback} when none declares one). */
    Duration longestTimeout(Duration fallback) {
        Duration longest = fallback;
        for (Map<Integer, SagaDefinition<?>> versions : definitions.values()) {
            for (SagaDefinition<?> definition : versions.values()) {
                for (SagaStep<?> step : definition.steps()) {
                    if (step.timeout() != null && step.timeout().compareTo(longest) > 0) {
                        longest = step.timeout();
                    }
                    if (step.compensationTimeout() != null && step.compensationTimeout().compareTo(longest) > 0) {
                        longest = step.compensationTimeout();
                    }
                }
            }
        }
        return longest;
    }
}
