package com.hockeyhub.shared.event.inbox;

import java.lang.reflect.Method;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which methods may be batch handlers, and how a single event reaches one (the fallback path). */
class EventsBatchHandlerSignatureTest {

    static class Handlers {
        @EventHandler(type = "t", name = "batch", batchSize = 10)
        void batch(List<EventEnvelope> events) {
        }

        @EventHandler(type = "t", name = "batch-of-one", batchSize = 1)
        void batchOfOne(List<EventEnvelope> events) {
        }

        @EventHandler(type = "t", name = "single-with-size", batchSize = 10)
        void singleWithSize(EventEnvelope event) {
        }

        @EventHandler(type = "t", name = "list-of-strings", batchSize = 10)
        void listOfStrings(List<String> events) {
        }

        @EventHandler(type = "t", name = "zero", batchSize = 0)
        void zero(EventEnvelope event) {
        }

        @EventHandler(type = "t", name = "single")
        void single(EventEnvelope event) {
        }
    }

    private static EventHandlerMethod method(String name) {
        for (Method method : Handlers.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return new EventHandlerMethod(new Handlers(), method, method.getAnnotation(EventHandler.class));
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void aBatchHandlerTakesOneListOfEnvelopesAndSaysItsSize() {
        EventHandlerMethod batch = method("batch");
        assertThat(batch.isBatch()).isTrue();
        assertThat(batch.batchSize()).isEqualTo(10);
        assertThat(method("single").isBatch()).isFalse();
        assertThat(method("single").batchSize()).isEqualTo(1);

        for (String wrong : List.of("batchOfOne", "singleWithSize", "listOfStrings")) {
            assertThatThrownBy(() -> method(wrong)).as(wrong).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("batch handler");
        }
        assertThatThrownBy(() -> method("zero")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("batchSize must be at least 1");
    }

    @Test
    void oneEventReachesABatchHandlerAsAListOfOne() {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "t", 1, "test", null, null, null, null, null);
        assertThat(method("batch").arguments(envelope, JsonMapper.shared())).containsExactly(List.of(envelope));
        assertThatThrownBy(() -> method("batch").arguments(null, JsonMapper.shared()))
                .isInstanceOf(NullPointerException.class);
    }
}
