package com.hockeyhub.payment.subscription;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.shared.api.payment.CapacityDto;
import com.hockeyhub.shared.api.user.UserEvents.OrganizationChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.event.QueryBus;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SubscriptionApiTest extends PaymentApiTestBase {

    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    QueryBus queries;

    private final String service = TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).bearer();

    private void publish(String type, UUID organization, Object payload) {
        transaction.execute(s -> publisher.publish(type, organization, payload));
    }

    private UUID publishAndId(String type, UUID organization, Object payload) {
        return transaction.execute(s -> publisher.publish(type, organization, payload)).id();
    }

    private int subscriptions(UUID organization) {
        return count("SELECT count(*) FROM subscriptions WHERE organization_id = ?", organization);
    }

    private MvcResult startTrial(String token, String key, UUID organization, String tier) throws Exception {
        var request = postAs(token, "{\"organizationId\":\"%s\"%s}".formatted(organization,
                tier == null ? "" : ",\"tier\":\"" + tier + "\""), "/api/subscriptions/trials");
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key)).andReturn();
    }

    @Test
    void aNewClubStartsOneTrialFromTheEventAndTheSagaStepAlike() throws Exception {
        Club club = club();
        OrganizationChanged created = new OrganizationChanged(club.id, "Northside HC", "northside", null, true);
        publish(EventTypes.ORGANIZATION_CREATED, club.id, created);
        publish(EventTypes.ORGANIZATION_CREATED, club.id, created);
        await().atMost(PATIENCE).until(() -> subscriptions(club.id) == 1);

        mvc.perform(getAs(club.admin(), "/api/subscriptions/{orgId}", club.id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("trialing")).andExpect(jsonPath("$.tier").value("standard"))
                .andExpect(jsonPath("$.maxPlayers").value(200))
                .andExpect(jsonPath("$.trialEndsOn").value(today().plusDays(30).toString()))
                .andExpect(jsonPath("$.features[3]").value("medical"));
        // the saga's step for the same club converges on the same row
        MvcResult step = startTrial(service, "saga-1:start-trial", club.id, null);
        assertThat(step.getResponse().getStatus()).as(body(step)).isEqualTo(201);
        assertThat(json(step).get("status").asString()).isEqualTo("trialing");
        assertThat(subscriptions(club.id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'subscription.changed' "
                + "AND organization_id = ?", club.id)).as("announced once").isEqualTo(1);
    }

    @Test
    void aDeletedClubsSubscriptionEndsOnceEvenWhenTheEventComesAgain() throws Exception {
        Club club = club();
        OrganizationChanged changed = new OrganizationChanged(club.id, "Westside HC", "westside", null, true);
        publish(EventTypes.ORGANIZATION_CREATED, club.id, changed);
        await().atMost(PATIENCE).until(() -> subscriptions(club.id) == 1);
        publish(EventTypes.ORGANIZATION_DELETED, club.id, changed);
        publish(EventTypes.ORGANIZATION_DELETED, club.id, changed);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM subscriptions WHERE organization_id = ? "
                + "AND status = 'cancelled'", club.id) == 1);

        assertThat(subscriptions(club.id)).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM hockeyhub_inbox "
                + "WHERE event_type = 'organization.deleted' AND event_id IN (SELECT id FROM hockeyhub_outbox "
                + "WHERE type = 'organization.deleted' AND organization_id = ?)", club.id) == 2);
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'subscription.changed' "
                + "AND organization_id = ?", club.id)).as("started and cancelled, each announced once").isEqualTo(2);
    }

    @Test
    void aClubDeletedBeforeItsCreationArrivesNeverGetsATrial() throws Exception {
        // events of one club reach separate consumers in any order: the onboarding saga undone while
        // payment-service was away leaves it both to read at once
        Club club = club();
        OrganizationChanged changed = new OrganizationChanged(club.id, "Eastside HC", "eastside", null, true);
        publish(EventTypes.ORGANIZATION_DELETED, club.id, changed);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM closed_clubs WHERE organization_id = ?",
                club.id) == 1);
        UUID created = publishAndId(EventTypes.ORGANIZATION_CREATED, club.id, changed);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM hockeyhub_inbox WHERE event_id = ?",
                created) == 1);

        assertThat(subscriptions(club.id)).isZero();
        // and the saga step for a deleted club is refused, not a trial
        MvcResult step = startTrial(service, "saga-closed:start-trial", club.id, null);
        assertThat(step.getResponse().getStatus()).as(body(step)).isEqualTo(409);
        assertThat(subscriptions(club.id)).isZero();
    }

    @Test
    void theSagaStepAndItsCompensationAreIdempotentByKey() throws Exception {
        UUID organization = UUID.randomUUID();
        String key = UUID.randomUUID() + ":start-trial";
        MvcResult first = startTrial(service, key, organization, "premium");
        assertThat(first.getResponse().getStatus()).as(body(first)).isEqualTo(201);
        MvcResult again = startTrial(service, key, organization, "premium");
        assertThat(body(again)).isEqualTo(body(first));
        assertThat(again.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json(first).get("tier").asString()).isEqualTo("premium");
        assertThat(startTrial(service, key, organization, "basic").getResponse().getStatus()).isEqualTo(422);
        assertThat(startTrial(service, null, organization, null).getResponse().getStatus()).isEqualTo(400);
        assertThat(startTrial(service, "k-" + UUID.randomUUID(), organization, "gold").getResponse().getStatus())
                .isEqualTo(400);
        assertThat(startTrial(club().admin(), "k-" + UUID.randomUUID(), organization, null).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(startTrial(null, "k-" + UUID.randomUUID(), organization, null).getResponse().getStatus())
                .isEqualTo(401);

        String compensation = UUID.randomUUID() + ":start-trial:compensate";
        for (int i = 0; i < 2; i++) {
            mvc.perform(postAs(service, "", "/api/subscriptions/trials/{id}/cancel", organization)
                    .header("Idempotency-Key", compensation)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("cancelled"));
        }
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'subscription.changed' "
                + "AND organization_id = ?", organization)).isEqualTo(2);
        mvc.perform(postAs(service, "", "/api/subscriptions/trials/{id}/cancel", organization))
                .andExpect(status().isBadRequest());
        mvc.perform(postAs(service, "", "/api/subscriptions/trials/{id}/cancel", UUID.randomUUID())
                .header("Idempotency-Key", "k-" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void usageIsKeptFromUserServiceEventsAndLimitsDecideWhatFits() throws Exception {
        Club club = club();
        assertThat(startTrial(service, "k-" + UUID.randomUUID(), club.id, "basic").getResponse().getStatus())
                .isEqualTo(201);
        UUID teamA = UUID.randomUUID();
        UUID teamB = UUID.randomUUID();
        UUID shared = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        for (UUID user : List.of(club.adminId, club.parentId, club.childId, shared, gone)) {
            publish(EventTypes.USER_CREATED, club.id, new UserChanged(user, club.id, user + "@x.test", "A", "B",
                    List.of("player"), true));
        }
        publish(EventTypes.USER_DEACTIVATED, club.id, new UserChanged(club.parentId, club.id, "p@x.test", "A", "B",
                List.of("parent"), false));
        publish(EventTypes.TEAM_CREATED, club.id, new TeamChanged(teamA, club.id, "U12", "youth", "U12", "2026"));
        publish(EventTypes.TEAM_CREATED, club.id, new TeamChanged(teamB, club.id, "U14", "youth", "U14", "2026"));
        for (UUID team : List.of(teamA, teamB)) {
            publish(EventTypes.TEAM_MEMBER_ADDED, club.id, new TeamMemberChanged(team, shared, club.id, "player", 9,
                    "wing"));
        }
        publish(EventTypes.TEAM_MEMBER_ADDED, club.id, new TeamMemberChanged(teamA, club.childId, club.id, "player",
                10, "center"));
        publish(EventTypes.TEAM_MEMBER_ADDED, club.id, new TeamMemberChanged(teamA, gone, club.id, "player", 11, null));
        publish(EventTypes.TEAM_MEMBER_ADDED, club.id, new TeamMemberChanged(teamA, club.adminId, club.id, "coach",
                null, null));
        publish(EventTypes.USER_DELETED, club.id, new UserDeleted(gone, club.id));

        await().atMost(PATIENCE).until(() -> {
            JsonNode usage = json(mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}/usage", club.id))
                    .andReturn());
            return usage.get("users").get("used").asInt() == 3 && usage.get("teams").get("used").asInt() == 2
                    && usage.get("players").get("used").asInt() == 2;
        });
        mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}/usage", club.id))
                .andExpect(jsonPath("$.teams.limit").value(2)).andExpect(jsonPath("$.teams.remaining").value(0))
                .andExpect(jsonPath("$.players.limit").value(40)).andExpect(jsonPath("$.players.remaining").value(38));

        mvc.perform(getAs(service, "/api/subscriptions/{id}/capacity?resource=players&additional=1", club.id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fits").value(true))
                .andExpect(jsonPath("$.used").value(2));
        mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}/capacity?resource=teams", club.id))
                .andExpect(jsonPath("$.fits").value(false)).andExpect(jsonPath("$.limit").value(2));
        mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}/capacity?resource=players&additional=39", club.id))
                .andExpect(jsonPath("$.fits").value(false));
        mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}/capacity?resource=goalies", club.id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("resource"));
        CapacityDto answer = queries.request(CapacityDto.QUERY, new CapacityDto.Query(club.id, "players", 38),
                CapacityDto.class);
        assertThat(answer.fits()).isTrue();
        assertThat(answer.used()).isEqualTo(2);

        // a third team does not fit basic; upgrading makes room; downgrading below usage is refused
        publish(EventTypes.TEAM_CREATED, club.id, new TeamChanged(UUID.randomUUID(), club.id, "U16", "youth", "U16",
                "2026"));
        await().atMost(PATIENCE).until(() -> json(mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}/usage",
                club.id)).andReturn()).get("teams").get("used").asInt() == 3);
        mvc.perform(putAs(club.admin(), "{\"tier\":\"standard\",\"billingInterval\":\"yearly\"}",
                "/api/subscriptions/{id}", club.id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("active")).andExpect(jsonPath("$.price").value(1490.00));
        mvc.perform(putAs(club.admin(), "{\"tier\":\"basic\",\"billingInterval\":\"monthly\"}",
                "/api/subscriptions/{id}", club.id)).andExpect(status().isUnprocessableContent());
        mvc.perform(putAs(club.admin(), "{\"tier\":\"gold\",\"billingInterval\":\"monthly\"}",
                "/api/subscriptions/{id}", club.id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tier"));
        mvc.perform(postAs(club.admin(), "", "/api/subscriptions/{id}/cancel", club.id)).andExpect(status().isOk());
        mvc.perform(postAs(club.admin(), "", "/api/subscriptions/{id}/cancel", club.id))
                .andExpect(status().isConflict());
        mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}/capacity?resource=players", club.id))
                .andExpect(jsonPath("$.fits").value(false)).andExpect(jsonPath("$.subscriptionStatus")
                        .value("cancelled"));
    }

    @Autowired
    SubscriptionService subscriptionService;

    @Test
    void trialsExpireOnceTheirEndPassed() throws Exception {
        UUID organization = UUID.randomUUID();
        startTrial(service, "k-" + UUID.randomUUID(), organization, null);
        // the sweep covers every club: move this trial's end instead of the clock, so other tests' trials stay
        jdbc.update("UPDATE subscriptions SET trial_ends_on = ? WHERE organization_id = ?", today(), organization);
        subscriptionService.expireTrials(today());
        mvc.perform(getAs(service, "/api/subscriptions/{id}", organization))
                .andExpect(jsonPath("$.status").value("trialing"));
        jdbc.update("UPDATE subscriptions SET trial_ends_on = ? WHERE organization_id = ?", today().minusDays(1),
                organization);
        subscriptionService.expireTrials(today());
        subscriptionService.expireTrials(today());
        mvc.perform(getAs(service, "/api/subscriptions/{id}", organization))
                .andExpect(jsonPath("$.status").value("expired"));
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'subscription.changed' "
                + "AND organization_id = ? AND envelope->'data'->>'status' = 'expired'", organization)).isEqualTo(1);
        mvc.perform(getAs(service, "/api/subscriptions/{id}/capacity?resource=users", organization))
                .andExpect(jsonPath("$.fits").value(false));
    }

    @Test
    void onlyTheClubsAdminsAndThePlatformSeeAPlan() throws Exception {
        Club club = club();
        startTrial(service, "k-" + UUID.randomUUID(), club.id, null);
        mvc.perform(getAs(club.admin(), "/api/subscriptions/{id}", club.id)).andExpect(status().isOk());
        mvc.perform(getAs(service, "/api/subscriptions/{id}", club.id)).andExpect(status().isOk());
        mvc.perform(getAs(club.as(Role.COACH), "/api/subscriptions/{id}", club.id)).andExpect(status().isForbidden());
        mvc.perform(getAs(club.parent(), "/api/subscriptions/{id}/usage", club.id)).andExpect(status().isForbidden());
        mvc.perform(getAs(club().admin(), "/api/subscriptions/{id}", club.id)).andExpect(status().isNotFound());
        mvc.perform(getAs(club().admin(), "/api/subscriptions/{id}/usage", club.id)).andExpect(status().isNotFound());
        mvc.perform(putAs(club().admin(), "{\"tier\":\"basic\",\"billingInterval\":\"monthly\"}",
                "/api/subscriptions/{id}", club.id)).andExpect(status().isNotFound());
        mvc.perform(getAs(null, "/api/subscriptions/{id}", club.id)).andExpect(status().isUnauthorized());
        Club empty = club();
        mvc.perform(getAs(empty.admin(), "/api/subscriptions/{id}", empty.id)).andExpect(status().isNotFound());
    }
}
