package com.hockeyhub.shared.test.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the scripted steps of a test did, in order: one {@link Entry} per invocation (including failed ones), so a
 * test can assert the order of actions and compensations and that nothing ran twice.
 */
public final class SagaJournal {

    /** {@code kind} is {@code action} or {@code compensation}; {@code outcome} is what the script did. */
    public record Entry(UUID sagaId, String step, String kind, int attempt, String idempotencyKey, String outcome,
                        String thread) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<Entry> entries(UUID sagaId) {
        return entries.stream().filter(e -> e.sagaId().equals(sagaId)).toList();
    }

    /** {@code "action:reserve"} / {@code "compensation:reserve"} for every invocation of the saga that succeeded. */
    public synchronized List<String> succeeded(UUID sagaId) {
        return entries.stream().filter(e -> e.sagaId().equals(sagaId) && e.outcome().equals("succeeded"))
                .map(e -> e.kind() + ":" + e.step()).toList();
    }

    /** Every invocation of the saga as {@code "action:reserve#1=failed"}. */
    public synchronized List<String> invocations(UUID sagaId) {
        return entries.stream().filter(e -> e.sagaId().equals(sagaId))
                .map(e -> e.kind() + ":" + e.step() + "#" + e.attempt() + "=" + e.outcome()).toList();
    }

    public synchronized long count(UUID sagaId, String kind, String step, String outcome) {
        return entries.stream().filter(e -> e.sagaId().equals(sagaId) && e.kind().equals(kind)
                && e.step().equals(step) && e.outcome().equals(outcome)).count();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
