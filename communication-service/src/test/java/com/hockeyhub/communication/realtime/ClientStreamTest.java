package com.hockeyhub.communication.realtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSE frame rendered once per push, and a stream's pending frames leaving in order, in one write when queued. */
class ClientStreamTest {

    private final ExecutorService senders = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        senders.shutdownNow();
    }

    @Test
    void aFrameIsTheEventNameIdAndOneLineOfJsonAsSseText() {
        assertThat(text(RealtimeHub.frame("message.created", "42", "{\"body\":\"hi\"}")))
                .isEqualTo("event:message.created\nid:42\ndata:{\"body\":\"hi\"}\n\n");
        assertThat(text(RealtimeHub.frame("ready", null, "{}"))).isEqualTo("event:ready\ndata:{}\n\n");
        assertThatThrownBy(() -> RealtimeHub.frame("message.created", null, "{\"body\":\"a\nevent:forged\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void framesQueuedWhileAWriteIsGoingOutLeaveTogetherInOrder() throws Exception {
        RecordingEmitter emitter = new RecordingEmitter();
        ClientStream stream = new ClientStream(emitter, 16, senders, senders, () -> { });
        Set<DataWithMediaType> first = RealtimeHub.frame("message.created", "1", "{}");
        assertThat(stream.offer(first)).isTrue();
        assertThat(emitter.firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<Set<DataWithMediaType>> queued = List.of(RealtimeHub.frame("message.created", "2", "{}"),
                RealtimeHub.frame("message.edited", null, "{}"), RealtimeHub.frame("message.created", "3", "{}"));
        queued.forEach(frame -> assertThat(stream.offer(frame)).isTrue());
        emitter.releaseFirstWrite.countDown();

        assertThat(emitter.allWritten.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(emitter.writes).hasSize(2);
        assertThat(emitter.writes.get(0)).containsExactly(text(first));
        assertThat(emitter.writes.get(1)).containsExactly(queued.stream().map(ClientStreamTest::text).toArray(String[]::new));
    }

    @Test
    void aStreamThatFallsTooFarBehindIsDroppedAndTakesNoMore() throws Exception {
        RecordingEmitter emitter = new RecordingEmitter();
        CountDownLatch dropped = new CountDownLatch(1);
        ClientStream stream = new ClientStream(emitter, 2, senders, senders, dropped::countDown);
        assertThat(stream.offer(RealtimeHub.frame("message.created", "1", "{}"))).isTrue();
        assertThat(emitter.firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.offer(RealtimeHub.frame("message.created", "2", "{}"))).isTrue();
        assertThat(stream.offer(RealtimeHub.frame("message.created", "3", "{}"))).isTrue();

        assertThat(stream.offer(RealtimeHub.frame("message.created", "4", "{}"))).isFalse();
        assertThat(dropped.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.isClosed()).isTrue();
        assertThat(stream.offer(RealtimeHub.frame("message.created", "5", "{}"))).isFalse();
        emitter.releaseFirstWrite.countDown();
    }

    private static String text(Set<DataWithMediaType> frame) {
        assertThat(frame).hasSize(1);
        return new String((byte[]) frame.iterator().next().getData(), StandardCharsets.UTF_8);
    }

    /** Records each write as the frames' text; the first write waits until released (a client reading slowly). */
    static final class RecordingEmitter extends SseEmitter {
        final List<List<String>> writes = new ArrayList<>();
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        final CountDownLatch allWritten = new CountDownLatch(4);

        @Override
        public void send(Set<DataWithMediaType> items) throws IOException {
            if (firstWriteStarted.getCount() > 0) {
                firstWriteStarted.countDown();
                try {
                    releaseFirstWrite.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            List<String> write = items.stream()
                    .map(item -> new String((byte[]) item.getData(), StandardCharsets.UTF_8)).toList();
            synchronized (writes) {
                writes.add(write);
            }
            write.forEach(w -> allWritten.countDown());
        }
    }
}
