package com.hockeyhub.communication.realtime;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ends this replica's open streams as soon as shutdown begins, before the web server's graceful shutdown waits for
 * active requests: a Server-Sent Events stream never finishes on its own, so every deploy waited out the whole
 * graceful-shutdown timeout (30 s; seen in CI as a test JVM that took 30 s to exit) and then cut the streams anyway.
 * Clients reconnect, to another replica, and catch up with {@code Last-Event-ID}. The default phase stops before the
 * web server's graceful shutdown (a lower phase).
 */
@Component
class StreamsEndFirstAtShutdown implements SmartLifecycle {

    private final RealtimeHub hub;
    private volatile boolean running;

    StreamsEndFirstAtShutdown(RealtimeHub hub) {
        this.hub = hub;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        hub.endAll();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
