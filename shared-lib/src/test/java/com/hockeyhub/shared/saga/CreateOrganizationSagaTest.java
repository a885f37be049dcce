package com.hockeyhub.shared.saga;

import java.util.UUID;

import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.saga.SagaRun;
import com.hockeyhub.shared.test.saga.SagaTestKit;
import com.hockeyhub.shared.testapp.saga.CreateOrganizationData;
import com.hockeyhub.shared.testapp.saga.CreateOrganizationSaga;
import com.hockeyhub.shared.testapp.saga.TrialService;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo "create organization" saga on the application's own engine and through the test kit. */
@IntegrationTest
class CreateOrganizationSagaTest {

    @Autowired
    SagaEngine engine;

    @Autowired
    SagaDefinition<CreateOrganizationData> createOrganization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrialService trials;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    @Test
    void createsTheOrganizationWithAdminTeamsTrialAndWelcome() {
        double completedBefore = count("hockeyhub.saga.completed");
        String name = "Lakers " + UUID.randomUUID();

        SagaOutcome<CreateOrganizationData> outcome = engine.run(createOrganization,
                CreateOrganizationData.of(name, "admin@lakers.test", "U11", "U13"));

        assertThat(outcome.status()).isEqualTo(SagaStatus.COMPLETED);
        CreateOrganizationData data = outcome.data();
        assertThat(data.organizationId()).isNotNull();
        assertThat(data.teamIds()).hasSize(2);
        assertThat(data.welcomed()).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM saga_demo_organization WHERE id = ?", String.class,
                data.organizationId())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_demo_member WHERE organization_id = ?", Integer.class,
                data.organizationId())).isEqualTo(1);
        assertThat(trials.countFor(data.organizationId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_demo_notification WHERE organization_id = ?",
                Integer.class, data.organizationId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT data->>'trialId' FROM saga_instance WHERE id = ?", String.class,
                outcome.sagaId())).isEqualTo(data.trialId().toString());
        assertThat(count("hockeyhub.saga.completed")).isEqualTo(completedBefore + 1);
        assertThat(meters.find("hockeyhub.saga.duration").tag("type", CreateOrganizationSaga.NAME).timer()).isNotNull();
    }

    @Test
    void theAutoConfigurationAddsTheSagaEntitiesToTheServicesEntityScan() {
        assertThat(AutoConfigurationPackages.get(context)).contains(SagaInstance.class.getPackageName());
    }

    @Test
    void aTakenNameIsRefusedAndNothingIsLeftBehind() {
        String name = "Sharks " + UUID.randomUUID();
        assertThat(engine.run(createOrganization, CreateOrganizationData.of(name, "a@sharks.test", "U9")).status())
                .isEqualTo(SagaStatus.COMPLETED);
        double compensatedBefore = count("hockeyhub.saga.compensated");

        SagaOutcome<CreateOrganizationData> second = engine.run(createOrganization,
                CreateOrganizationData.of(name, "b@sharks.test", "U9"));

        assertThat(second.status()).isEqualTo(SagaStatus.COMPENSATED);
        assertThat(second.lastError()).contains("is taken");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_demo_organization WHERE name = ?", Integer.class, name))
                .isEqualTo(1);
        assertThat(count("hockeyhub.saga.compensated")).isEqualTo(compensatedBefore + 1);
    }

    @Test
    void aCrashAfterTheTeamsIsFinishedByAnotherInstanceWithoutDuplicates() {
        try (SagaTestKit kit = SagaTestKit.of(context)) {
            SagaDefinition<CreateOrganizationData> saga = CreateOrganizationSaga.definition(jdbc, trials);
            String name = "Ducks " + UUID.randomUUID();

            SagaRun crashed = kit.runUntilCrashAfter("create-default-teams", saga,
                    CreateOrganizationData.of(name, "admin@ducks.test", "U11", "U13", "U15"));

            crashed.assertStatus(SagaStatus.RUNNING);
            kit.engine().registry().register(saga);
            kit.expireLeases();
            assertThat(kit.engine().recoverDue()).isEqualTo(1);
            crashed.assertStatus(SagaStatus.COMPLETED).assertSteps("FORWARD create-organization SUCCEEDED #1",
                    "FORWARD create-admin SUCCEEDED #1", "FORWARD create-default-teams SUCCEEDED #1",
                    "FORWARD start-trial SUCCEEDED #1", "FORWARD activate-organization SUCCEEDED #1",
                    "FORWARD send-welcome SUCCEEDED #1");
            UUID org = jdbc.queryForObject("SELECT id FROM saga_demo_organization WHERE name = ?", UUID.class, name);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_demo_team WHERE organization_id = ?", Integer.class,
                    org)).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_demo_member WHERE organization_id = ?",
                    Integer.class, org)).isEqualTo(1);
            assertThat(trials.countFor(org)).isEqualTo(1);
        }
    }

    private double count(String name) {
        var counter = meters.find(name).tag("type", CreateOrganizationSaga.NAME).counter();
        return counter == null ? 0 : counter.count();
    }
}
