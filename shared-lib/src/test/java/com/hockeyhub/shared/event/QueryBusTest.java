package com.hockeyhub.shared.event;

import java.time.Duration;
import java.util.UUID;

import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class QueryBusTest {

    record Question(String name, int number) {
    }

    record Answer(String greeting, int doubled) {
    }

    @Autowired
    QueryBus queries;

    @Test
    void aQueryIsAnsweredByItsResponder() {
        String query = "test.greet." + UUID.randomUUID();
        try (QueryBus.Registration ignored = queries.respond(query, Question.class,
                q -> new Answer("hello " + q.name(), q.number() * 2))) {
            Answer answer = queries.request(query, new Question("Ada", 21), Answer.class);
            assertThat(answer).isEqualTo(new Answer("hello Ada", 42));
        }
    }

    @Test
    void aQueryNobodyAnswersFailsWithATypedException() {
        assertThatThrownBy(() -> queries.request("test.nobody." + UUID.randomUUID(), new Question("x", 1),
                Answer.class, Duration.ofSeconds(2)))
                .isInstanceOf(QueryException.NoResponder.class);
    }

    @Test
    void aSlowResponderTimesOutWithATypedException() {
        String query = "test.slow." + UUID.randomUUID();
        try (QueryBus.Registration ignored = queries.respond(query, Question.class, q -> {
            sleep(1500);
            return new Answer("too late", 0);
        })) {
            assertThatThrownBy(() -> queries.request(query, new Question("x", 1), Answer.class,
                    Duration.ofMillis(300)))
                    .isInstanceOf(QueryException.Timeout.class)
                    .hasMessageContaining(query);
        }
    }

    @Test
    void aFailingResponderBecomesAFailedQueryWithItsMessage() {
        String query = "test.failing." + UUID.randomUUID();
        try (QueryBus.Registration ignored = queries.respond(query, Question.class, q -> {
            throw new IllegalArgumentException("no such player " + q.name());
        })) {
            assertThatThrownBy(() -> queries.request(query, new Question("Bob", 1), Answer.class))
                    .isInstanceOf(QueryException.Failed.class)
                    .hasMessageContaining("no such player Bob");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
