package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.retry.Backoff;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SagaDefinitionTest {

    record Data(String value) {
    }

    static final SagaAction<Data> NOTHING = ctx -> { };

    @Test
    void buildsAnOrderedDefinitionWithPerStepSettings() {
        SagaDefinition<Data> saga = SagaDefinition.named("create-organization", Data.class).version(3)
                .step("a").action(NOTHING).compensation(NOTHING).retries(5, Backoff.exponential(Duration.ofMillis(10)))
                .timeout(Duration.ofSeconds(2))
                .step("b").remote().action(NOTHING).nonCompensable()
                .build();

        assertThat(saga.name()).isEqualTo("create-organization");
        assertThat(saga.version()).isEqualTo(3);
        assertThat(saga.steps()).extracting(SagaStep::name).containsExactly("a", "b");
        assertThat(saga.step(0).maxAttempts()).as("5 retries after the first attempt").isEqualTo(6);
        assertThat(saga.step(0).timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(saga.step(0).hasCompensation()).isTrue();
        assertThat(saga.step(1).remote()).isTrue();
        assertThat(saga.step(1).hasCompensation()).isFalse();
    }

    @Test
    void onlyTheLastStepMayBeNonCompensable() {
        assertThatThrownBy(() -> SagaDefinition.named("x", Data.class)
                .step("a").action(NOTHING).nonCompensable()
                .step("b").action(NOTHING)
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("only the last step");
    }

    @Test
    void rejectsDuplicateStepsMissingActionsAndBadNames() {
        assertThatThrownBy(() -> SagaDefinition.named("x", Data.class).step("a").action(NOTHING).step("a").action(NOTHING)
                .build()).hasMessageContaining("twice");
        assertThatThrownBy(() -> SagaDefinition.named("x", Data.class).step("a").build()).hasMessageContaining("no action");
        assertThatThrownBy(() -> SagaDefinition.named("x", Data.class).build()).hasMessageContaining("no steps");
        assertThatThrownBy(() -> SagaDefinition.named("Has Spaces", Data.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SagaDefinition.named("x", Data.class).step("a:b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SagaDefinition.named("x", Data.class).step("a").action(NOTHING).retries(-1, Backoff.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backOffGrowsExponentiallyUpToItsCap() {
        Backoff backoff = Backoff.exponential(Duration.ofMillis(100), 2.0, Duration.ofMillis(500));

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(200)).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.none().delayAfter(3)).isEqualTo(Duration.ZERO);
    }

    @Test
    void registryKeepsVersionsApartAndRefusesAConflictingDefinition() {
        SagaDefinition<Data> v1 = SagaDefinition.named("s", Data.class).version(1).step("a").action(NOTHING).build();
        SagaDefinition<Data> v2 = SagaDefinition.named("s", Data.class).version(2).step("a").action(NOTHING).build();
        SagaRegistry registry = new SagaRegistry();
        registry.register(v1);
        registry.register(v2);
        registry.register(v1);

        assertThat(registry.find("s", 1)).containsSame(v1);
        assertThat(registry.find("s", 2)).containsSame(v2);
        assertThat(registry.find("s", 3)).isEmpty();
        assertThatThrownBy(() -> registry.register(SagaDefinition.named("s", Data.class).version(1).step("b")
                .action(NOTHING).build())).isInstanceOf(IllegalStateException.class);
    }
}
