package com.hockeyhub.shared.testapp.client;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/** What the client test endpoints saw: hits per key, keys switched "down", service tokens issued. */
@Component
public class ClientTestState {

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    public int hit(String key) {
        return hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    public int hits(String key) {
        AtomicInteger count = hits.get(key);
        return count == null ? 0 : count.get();
    }

    public void setDown(String key, boolean isDown) {
        if (isDown) {
            down.add(key);
        } else {
            down.remove(key);
        }
    }

    public boolean isDown(String key) {
        return down.contains(key);
    }

    public int issueToken() {
        return tokensIssued.incrementAndGet();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }
}
