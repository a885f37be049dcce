package com.hockeyhub.shared.testapp.saga;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.retry.Backoff;
import com.hockeyhub.shared.saga.SagaBusinessException;
import com.hockeyhub.shared.saga.SagaDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A miniature of user-service's CreateOrganizationSaga: local steps (organization, admin, default teams, activation)
 * whose rows commit with the saga state, a participant step through the idempotency store (trial), and a
 * non-compensable welcome notification last.
 */
@Configuration(proxyBeanMethods = false)
public class CreateOrganizationSaga {

    public static final String NAME = "demo-create-organization";

    @Bean
    SagaDefinition<CreateOrganizationData> createOrganizationSagaDefinition(JdbcTemplate jdbc, TrialService trials) {
        return definition(jdbc, trials);
    }

    public static SagaDefinition<CreateOrganizationData> definition(JdbcTemplate jdbc, TrialService trials) {
        return SagaDefinition.named(NAME, CreateOrganizationData.class).version(1)
                .step("create-organization")
                .action(ctx -> {
                    CreateOrganizationData data = ctx.data();
                    Integer taken = jdbc.queryForObject("SELECT count(*) FROM saga_demo_organization WHERE name = ?",
                            Integer.class, data.organizationName());
                    if (taken != null && taken > 0) {
                        throw new SagaBusinessException("organization name '" + data.organizationName() + "' is taken");
                    }
                    UUID id = UUID.randomUUID();
                    jdbc.update("INSERT INTO saga_demo_organization (id, name, status) VALUES (?, ?, 'PENDING')", id,
                            data.organizationName());
                    ctx.setData(data.withOrganizationId(id));
                })
                .compensation(ctx -> jdbc.update("DELETE FROM saga_demo_organization WHERE id = ?",
                        ctx.data().organizationId()))
                .step("create-admin")
                .action(ctx -> {
                    UUID id = UUID.randomUUID();
                    jdbc.update("INSERT INTO saga_demo_member (id, organization_id, email, role) VALUES (?, ?, ?, 'CLUB_ADMIN')",
                            id, ctx.data().organizationId(), ctx.data().adminEmail());
                    ctx.setData(ctx.data().withAdminId(id));
                })
                .compensation(ctx -> jdbc.update("DELETE FROM saga_demo_member WHERE id = ?", ctx.data().adminId()))
                .step("create-default-teams")
                .action(ctx -> {
                    List<UUID> ids = new ArrayList<>();
                    for (String team : ctx.data().teamNames()) {
                        UUID id = UUID.randomUUID();
                        jdbc.update("INSERT INTO saga_demo_team (id, organization_id, name) VALUES (?, ?, ?)", id,
                                ctx.data().organizationId(), team);
                        ids.add(id);
                    }
                    ctx.setData(ctx.data().withTeamIds(ids));
                })
                .compensation(ctx -> jdbc.update("DELETE FROM saga_demo_team WHERE organization_id = ?",
                        ctx.data().organizationId()))
                .step("start-trial").remote()
                .action(ctx -> ctx.setData(ctx.data().withTrialId(trials.start(ctx.idempotencyKey(),
                        new TrialService.StartTrial(ctx.data().organizationId(), "TRIAL_30_DAYS")).id())))
                .compensation(ctx -> trials.cancel(ctx.idempotencyKey(), ctx.data().organizationId()))
                .retries(4, Backoff.exponential(Duration.ofMillis(50))).timeout(Duration.ofSeconds(5))
                .step("activate-organization")
                .action(ctx -> jdbc.update("UPDATE saga_demo_organization SET status = 'ACTIVE' WHERE id = ?",
                        ctx.data().organizationId()))
                .compensation(ctx -> jdbc.update("UPDATE saga_demo_organization SET status = 'PENDING' WHERE id = ?",
                        ctx.data().organizationId()))
                .step("send-welcome").nonCompensable()
                .action(ctx -> {
                    jdbc.update("INSERT INTO saga_demo_notification (id, organization_id, recipient) VALUES (?, ?, ?)",
                            UUID.randomUUID(), ctx.data().organizationId(), ctx.data().adminEmail());
                    ctx.setData(ctx.data().withWelcomeSent());
                })
                .build();
    }
}
