package com.hockeyhub.medical.roster;

import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** user-service's team and user events, delivered over JetStream, decide who may see whom. */
@IntegrationTest
class RosterEventsTest extends MedicalApiTestBase {

    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    private UUID publish(String type, UUID organization, Object payload) {
        return transaction.execute(s -> publisher.publish(type, organization, payload)).id();
    }

    private int statusOf(String token, UUID player) throws Exception {
        return mvc.perform(getAs(token, "/api/players/{id}/restrictions", player)).andReturn().getResponse().getStatus();
    }

    @Test
    void membershipEventsGrantAndRevokeTheCoachesView() throws Exception {
        Club club = club();
        UUID player = UUID.randomUUID();
        String coach = club.coach(club.team);
        assertThat(statusOf(club.medical(), player)).as("unknown before the event").isEqualTo(404);

        TeamMemberChanged member = new TeamMemberChanged(club.team, player, club.id, "player", 17, "wing");
        UUID first = publish(EventTypes.TEAM_MEMBER_ADDED, club.id, member);
        UUID again = publish(EventTypes.TEAM_MEMBER_ADDED, club.id, member);
        await().atMost(PATIENCE).until(() -> statusOf(coach, player) == 200);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM hockeyhub_inbox WHERE consumer = ? "
                + "AND event_id IN (?, ?) AND status = 'HANDLED'", "medical-service-roster-member-added", first, again) == 2);
        assertThat(count("SELECT count(*) FROM hockeyhub_roster_member WHERE user_id = ?", player))
                .as("a repeated event changes nothing").isEqualTo(1);
        // a coach or other staff member joining a team is not a player
        UUID assistant = UUID.randomUUID();
        publish(EventTypes.TEAM_MEMBER_ADDED, club.id, new TeamMemberChanged(club.team, assistant, club.id,
                "assistant_coach", null, null));

        publish(EventTypes.TEAM_MEMBER_REMOVED, club.id, member);
        await().atMost(PATIENCE).until(() -> statusOf(coach, player) == 404);
        assertThat(statusOf(club.medical(), player)).as("still the club's player").isEqualTo(200);
        assertThat(statusOf(club.medical(), assistant)).isEqualTo(404);

        publish(EventTypes.USER_DELETED, club.id, new UserDeleted(player, club.id));
        await().atMost(PATIENCE).until(() -> statusOf(club.medical(), player) == 404);
        mvc.perform(postAs(club.medical(), injuryJson(player, 1, "x", false), "/api/injuries"))
                .andExpect(status().isNotFound());
    }
}
