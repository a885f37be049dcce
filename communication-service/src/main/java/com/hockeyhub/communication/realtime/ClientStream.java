package com.hockeyhub.communication.realtime;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: pushes wait in a bounded queue of its own and a sender thread writes them in order, all that queued
 * up in one write, so a client that reads slowly (a phone on a bad network, a stalled tab) never holds up the NATS
 * dispatcher that delivers to every client of the replica. A client that falls {@code capacity} pushes behind is
 * dropped; it reconnects (browsers do so by themselves) and asks for what it missed with {@code Last-Event-ID}. A
 * write blocks only once the client's socket buffer is full (hundreds of kilobytes: thousands of pushes), and then
 * holds one sender thread until the client reads or the container's write timeout ends the stream; the other
 * senders go on serving everyone else.
 */
final class ClientStream {

    private final SseEmitter emitter;
    private final BlockingQueue<Set<DataWithMediaType>> pending;
    private final Executor senders;
    private final Executor closers;
    private final Runnable onClose;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    ClientStream(SseEmitter emitter, int capacity, Executor senders, Executor closers, Runnable onClose) {
        this.emitter = emitter;
        this.pending = new ArrayBlockingQueue<>(capacity);
        this.senders = senders;
        this.closers = closers;
        this.onClose = onClose;
    }

    /** Queues an event's frame without blocking; false if the stream is closed, or now dropped as too slow. */
    boolean offer(Set<DataWithMediaType> event) {
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
     * Ends the stream from this side ({@code cause} null: normally). The emitter is completed on a thread of its
     * own: a sender blocked writing to this client holds the emitter's lock.
     */
    void end(Throwable cause) {
        if (closed.compareAndSet(false, true)) {
            pending.clear();
            onClose.run();
            closers.execute(() -> {
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
                // what queued up while the last write was going out leaves in one write and one flush
                for (Set<DataWithMediaType> next = pending.poll(); next != null && !closed.get(); next = pending.poll()) {
                    Set<DataWithMediaType> batch = next;
                    for (Set<DataWithMediaType> more = pending.poll(); more != null; more = pending.poll()) {
                        if (batch == next) {
                            batch = new LinkedHashSet<>(next);
                        }
                        batch.addAll(more);
                    }
                    emitter.send(batch);
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
