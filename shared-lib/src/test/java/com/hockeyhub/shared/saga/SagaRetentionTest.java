package com.hockeyhub.shared.saga;

import java.util.UUID;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.testapp.saga.CreateOrganizationData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SagaRetentionTest {

    @Autowired
    SagaEngine engine;

    @Autowired
    SagaDefinition<CreateOrganizationData> createOrganization;

    @Autowired
    SagaRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void finishedSagasArePurgedWithTheirStepLogAfterTheRetentionAndFailedOnesAreKeptLonger() {
        UUID old = finishedSaga("old");
        UUID recent = finishedSaga("recent");
        UUID failedRecently = finishedSaga("failed-recently");
        UUID failedLongAgo = finishedSaga("failed-long-ago");
        age(old, "COMPLETED", 31);
        age(failedRecently, "FAILED", 31);
        age(failedLongAgo, "FAILED", 91);

        assertThat(retention.purge()).isGreaterThanOrEqualTo(2);

        assertThat(exists(old)).isFalse();
        assertThat(exists(failedLongAgo)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(failedRecently)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_step_log WHERE saga_id IN (?, ?)", Integer.class, old,
                failedLongAgo)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_step_log WHERE saga_id = ?", Integer.class, recent))
                .isEqualTo(6);
    }

    private UUID finishedSaga(String name) {
        return engine.run(createOrganization, CreateOrganizationData.of("Retention " + name + " " + UUID.randomUUID(),
                "r@retention.test")).sagaId();
    }

    private void age(UUID id, String status, int days) {
        jdbc.update("UPDATE saga_instance SET status = ?, finished_at = now() - make_interval(days => ?) WHERE id = ?",
                status, days, id);
    }

    private boolean exists(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM saga_instance WHERE id = ?", Integer.class, id) == 1;
    }
}
