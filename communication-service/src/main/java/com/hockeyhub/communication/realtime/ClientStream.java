package com.hockeyhub.communication.realtime;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: pushes wait in a bounded queue of its own and a sender thread writes them in order, so a client
 * that reads slowly (a phone on a bad network, a stalled tab) holds up only itself, never the NATS dispatcher that
 * delivers to every client of the replica. A client that falls {@code capacity} pushes behind is dropped; it
 * reconnects (browsers do so by themselves) and asks for what it missed with {@code Last-Event-ID}.
 */
final class ClientStream {

    private final SseEmitter emitter;
    private final BlockingQueue<SseEmitter.SseEventBuilder> pending;
    private final Executor senders;
    private final Runnable onClose;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    ClientStream(SseEmitter emitter, int capacity, Executor senders, Runnable onClose) {
        this.emitter = emitter;
        this.pending = new ArrayBlockingQueue<>(capacity);
        this.senders = senders;
        this.onClose = onClose;
    }

    /** Queues an event without blocking; false if the stream is closed, or now dropped as too slow. */
    boolean offer(SseEmitter.SseEventBuilder event) {
        if (closed.get()) {
            return false;
        }
        if (!pending.offer(event)) {
            end(new IOException("client too slow: " + pending.size() + " pushes pending"));
            return false;
        }
        if (sending.compareAndSet(false, true)) {
            try {
                senders.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                ended();
                return false;
            }
        }
        return true;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** The container finished the stream (completed, timed out, failed): forget it. */
    void ended() {
        if (closed.compareAndSet(false, true)) {
            pending.clear();
            onClose.run();
        }
    }

    /**
     * Ends the stream from this side ({@code cause} null: normally). The emitter is completed on a sender thread:
     * a sender blocked writing to this client holds the emitter's lock.
     */
    void end(Throwable cause) {
        if (closed.compareAndSet(false, true)) {
            pending.clear();
            onClose.run();
            senders.execute(() -> {
                if (cause == null) {
                    emitter.complete();
                } else {
                    emitter.completeWithError(cause);
                }
            });
        }
    }

    private void drain() {
        try {
            do {
                for (SseEmitter.SseEventBuilder next = pending.poll(); next != null && !closed.get();
                        next = pending.poll()) {
                    emitter.send(next);
                }
                sending.set(false);
                // a push queued after the last poll but before sending was cleared found a sender still running
            } while (!pending.isEmpty() && !closed.get() && sending.compareAndSet(false, true));
        } catch (IOException | IllegalStateException gone) {
            sending.set(false);
            ended();
        }
    }
}
