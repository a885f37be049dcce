package com.hockeyhub.communication.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.RosterPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConversationTest extends CommunicationApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPairHasOneDirectConversationWhoeverStartsItAndHoweverOften() throws Exception {
        Club club = club();
        UUID a = club.players.get(0);
        UUID b = club.players.get(1);
        MvcResult first = post(club.player(0), direct(b), "/api/conversations");
        assertThat(status(first)).isEqualTo(201);
        MvcResult again = post(club.player(1), direct(a), "/api/conversations");
        assertThat(status(again)).isEqualTo(200);
        assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));

        // both start it with a third person at the same moment: still one conversation
        UUID c = club.players.get(2);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String token = i % 2 == 0 ? club.player(0) : club.player(2);
            String body = direct(i % 2 == 0 ? c : a);
            results.add(pool.submit((Callable<String>) () -> json(post(token, body, "/api/conversations")).get("id")
                    .asString()));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> r : results) {
            ids.add(r.get());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(count("SELECT count(*) FROM conversations WHERE organization_id = ? AND type = 'direct'", club.id))
                .isEqualTo(2);
        assertThat(json(get(club.player(2), "/api/conversations/{id}", ids.get(0))).get("participants")).hasSize(2);
    }

    @Test
    void badConversationsAreRefusedByName() throws Exception {
        Club club = club();
        Club other = club();
        String[][] cases = {
                {"{\"type\":\"direct\",\"participantIds\":[]}", "participantIds"},
                {"{\"type\":\"direct\",\"participantIds\":[\"%s\",\"%s\"]}".formatted(club.players.get(1),
                        club.players.get(2)), "participantIds"},
                {direct(other.players.get(0)), "participantIds"},
                {direct(UUID.randomUUID()), "participantIds"},
                {"{\"type\":\"group\",\"participantIds\":[\"%s\"]}".formatted(club.players.get(1)), "title"},
                {"{\"type\":\"club\"}", "type"},
                {"{\"type\":\"whisper\"}", "type"},
                {"{\"type\":\"team\"}", "teamId"}};
        for (String[] c : cases) {
            MvcResult result = post(club.player(0), c[0], "/api/conversations");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(count("SELECT count(*) FROM conversations WHERE organization_id = ?", club.id)).isZero();
    }

    @Test
    void onlyActiveParticipantsReadAndAnotherClubFindsNothing() throws Exception {
        Club club = club();
        UUID id = conversation(club.player(0), direct(club.players.get(1)));
        assertThat(status(get(club.player(2), "/api/conversations/{id}/messages", id))).isEqualTo(403);
        assertThat(status(post(club.player(2), "{\"body\":\"hi\"}", "/api/conversations/{id}/messages", id)))
                .isEqualTo(403);
        Club other = club();
        assertThat(status(get(other.player(0), "/api/conversations/{id}/messages", id))).isEqualTo(404);
        assertThat(status(get(other.player(0), "/api/conversations/{id}", id))).isEqualTo(404);
        assertThat(status(post(club.player(1), "{}", "/api/conversations/{id}/leave", id))).isEqualTo(204);
        assertThat(status(get(club.player(1), "/api/conversations/{id}/messages", id))).isEqualTo(403);
    }

    @Test
    void theLastAdminLeavingPromotesTheLongestStandingMember() throws Exception {
        Club club = club();
        UUID group = conversation(club.player(0), "{\"type\":\"group\",\"title\":\"Carpool\",\"participantIds\":"
                + "[\"%s\",\"%s\"]}".formatted(club.players.get(1), club.players.get(2)));
        assertThat(status(post(club.player(1), "{\"userIds\":[\"" + club.coachId + "\"]}",
                "/api/conversations/{id}/participants", group))).isEqualTo(403);
        assertThat(status(post(club.player(0), "{}", "/api/conversations/{id}/leave", group))).isEqualTo(204);
        JsonNode people = json(get(club.player(1), "/api/conversations/{id}", group)).get("participants");
        assertThat(people).hasSize(2);
        List<String> admins = new ArrayList<>();
        for (JsonNode p : people) {
            if ("admin".equals(p.get("role").asString())) {
                admins.add(p.get("userId").asString());
            }
        }
        assertThat(admins).hasSize(1);
        int promoted = club.players.indexOf(UUID.fromString(admins.get(0)));
        assertThat(status(post(club.player(promoted), "{\"userIds\":[\"" + club.coachId + "\"]}",
                "/api/conversations/{id}/participants", group))).isEqualTo(200);
    }

    @Test
    void aTeamConversationFollowsTheRoster() throws Exception {
        Club club = club();
        assertThat(status(post(club.player(0), "{\"type\":\"team\",\"teamId\":\"" + club.team + "\"}",
                "/api/conversations"))).isEqualTo(403);
        MvcResult started = post(club.coach(), "{\"type\":\"team\",\"teamId\":\"" + club.team + "\"}",
                "/api/conversations");
        assertThat(status(started)).isEqualTo(201);
        UUID id = UUID.fromString(json(started).get("id").asString());
        assertThat(json(started).get("participants")).hasSize(4);
        assertThat(status(post(club.coach(), "{\"type\":\"team\",\"teamId\":\"" + club.team + "\"}",
                "/api/conversations"))).isEqualTo(200);
        Club other = club();
        assertThat(status(post(other.admin(), "{\"type\":\"team\",\"teamId\":\"" + club.team + "\"}",
                "/api/conversations"))).isEqualTo(404);
        assertThat(status(post(club.player(0), "{}", "/api/conversations/{id}/leave", id))).isEqualTo(409);

        UUID newcomer = UUID.randomUUID();
        roster.savePerson(new RosterPerson(newcomer, club.id, "n@example.test", "New", "Player", List.of("player"),
                true), true);
        transactions.executeWithoutResult(s -> events.publish(EventTypes.TEAM_MEMBER_ADDED, club.id,
                new TeamMemberChanged(club.team, newcomer, club.id, "player", 99, "wing")));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM conversation_participants "
                + "WHERE conversation_id = ? AND user_id = ? AND left_at IS NULL", id, newcomer) == 1);
        transactions.executeWithoutResult(s -> events.publish(EventTypes.TEAM_MEMBER_REMOVED, club.id,
                new TeamMemberChanged(club.team, club.players.get(2), club.id, "player", null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM conversation_participants "
                + "WHERE conversation_id = ? AND user_id = ? AND left_at IS NOT NULL", id, club.players.get(2)) == 1);
        assertThat(status(get(club.player(2), "/api/conversations/{id}/messages", id))).isEqualTo(403);
    }
}
