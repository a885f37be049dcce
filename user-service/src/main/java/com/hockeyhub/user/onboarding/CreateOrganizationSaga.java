package com.hockeyhub.user.onboarding;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import com.hockeyhub.shared.api.admin.ProvisionClubRequest;
import com.hockeyhub.shared.api.communication.WelcomeRequest;
import com.hockeyhub.shared.api.payment.StartTrialRequest;
import com.hockeyhub.shared.client.AdminServiceClient;
import com.hockeyhub.shared.client.CommunicationServiceClient;
import com.hockeyhub.shared.client.PaymentServiceClient;
import com.hockeyhub.shared.retry.Backoff;
import com.hockeyhub.shared.saga.SagaDefinition;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.user.auth.AuthService;
import com.hockeyhub.user.organization.OrganizationRequests;
import com.hockeyhub.user.organization.OrganizationService;
import com.hockeyhub.user.organization.SubscriptionTier;
import com.hockeyhub.user.team.TeamRequests;
import com.hockeyhub.user.team.TeamService;
import com.hockeyhub.user.team.TeamType;
import com.hockeyhub.user.user.UserService;
import com.hockeyhub.shared.web.ApiEnums;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.hockeyhub.shared.saga.RemoteRefusal.asBusinessFailure;

/**
 * CreateOrganizationSaga (architecture.md "Sagas"): the club → its admin (invited by e-mail) → its first teams →
 * payment-service trial → admin-service default configuration → communication-service welcome (last, not
 * compensable). A failure compensates in reverse, so there is never half a club, an orphan admin or a subscription
 * without a club. Remote steps send the step's idempotency key; local steps find what an earlier attempt made.
 */
@Configuration(proxyBeanMethods = false)
class CreateOrganizationSaga {

    static final String NAME = "create-organization";
    private static final Logger log = LoggerFactory.getLogger(CreateOrganizationSaga.class);
    private static final Backoff REMOTE_BACKOFF = Backoff.exponential(Duration.ofMillis(500));

    @Bean
    SagaDefinition<OnboardingData> createOrganization(OrganizationService organizations, UserService users,
            TeamService teams, AuthService auth, PaymentServiceClient payments, AdminServiceClient admin,
            CommunicationServiceClient communication) {
        return SagaDefinition.named(NAME, OnboardingData.class).version(1)
                .step("create-organization")
                .action(ctx -> {
                    OnboardingData d = ctx.data();
                    if (organizations.find(d.organizationId()).isEmpty()) {
                        organizations.create(new OrganizationRequests.CreateOrganization(d.name(), d.subdomain(),
                                null, null, null, ApiEnums.parse(SubscriptionTier.class, d.tier())),
                                d.organizationId());
                    }
                })
                .compensation(ctx -> organizations.find(ctx.data().organizationId())
                        .ifPresent(o -> organizations.delete(o.getId())))
                .step("create-admin")
                .action(ctx -> {
                    OnboardingData d = ctx.data();
                    if (users.find(d.adminUserId()).isEmpty()) {
                        users.createInOrganization(new UserService.NewUser(d.adminEmail(), null, d.adminFirstName(),
                                d.adminLastName(), null, null, null, null, null, null), d.organizationId(),
                                Set.of(Role.CLUB_ADMIN), d.adminUserId());
                    }
                })
                .compensation(ctx -> users.find(ctx.data().adminUserId()).ifPresent(u -> users.delete(u.getId())))
                .step("create-default-teams")
                .action(ctx -> {
                    OnboardingData d = ctx.data();
                    String season = season(LocalDate.now());
                    for (OnboardingData.TeamData team : d.teams()) {
                        if (teams.find(team.teamId()).isEmpty()) {
                            teams.create(d.organizationId(), new TeamRequests.CreateTeam(team.name(),
                                    team.ageGroup() != null && team.ageGroup().startsWith("U") ? TeamType.YOUTH
                                            : TeamType.SENIOR, team.ageGroup(), season, null, d.organizationId()),
                                    team.teamId());
                        }
                    }
                })
                .compensation(ctx -> ctx.data().teams().forEach(team -> teams.find(team.teamId())
                        .ifPresent(t -> teams.delete(t.getId()))))
                .step("start-trial").remote()
                .action(asBusinessFailure(ctx -> payments.startTrial(ctx.idempotencyKey(),
                        new StartTrialRequest(ctx.data().organizationId(), ctx.data().tier()))))
                .compensation(ctx -> payments.cancelTrial(ctx.idempotencyKey(), ctx.data().organizationId()))
                .retries(4, REMOTE_BACKOFF).timeout(Duration.ofSeconds(10))
                .compensationRetries(6, REMOTE_BACKOFF)
                .step("default-configuration").remote()
                .action(asBusinessFailure(ctx -> admin.provision(ctx.idempotencyKey(),
                        new ProvisionClubRequest(ctx.data().organizationId(), ctx.data().name()))))
                .compensation(ctx -> admin.unprovision(ctx.idempotencyKey(), ctx.data().organizationId()))
                .retries(4, REMOTE_BACKOFF).timeout(Duration.ofSeconds(10))
                .compensationRetries(6, REMOTE_BACKOFF)
                .step("welcome").remote()
                .action(asBusinessFailure(ctx -> {
                    communication.welcome(ctx.idempotencyKey(), new WelcomeRequest(ctx.data().organizationId(),
                            ctx.data().name(), ctx.data().adminUserId()));
                    invite(auth, ctx.data().adminEmail());
                }))
                .retries(6, REMOTE_BACKOFF).timeout(Duration.ofSeconds(10))
                .nonCompensable()
                .build();
    }

    /** The admin's invitation: a password link (the reset flow); a mail outage does not undo the club. */
    private static void invite(AuthService auth, String email) {
        try {
            auth.forgotPassword(email);
        } catch (RuntimeException e) {
            log.warn("Invitation to the new club's admin not sent ({}); they can use \"forgot password\"",
                    e.getMessage());
        }
    }

    static String season(LocalDate today) {
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }
}
