package com.hockeyhub.communication.sagastep;

import java.util.UUID;

import com.hockeyhub.communication.CommunicationApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SagaStepTest extends CommunicationApiTestBase {

    MvcResult step(String token, String key, String url, String body) throws Exception {
        var request = MockMvcRequestBuilders.post(url).contentType(MediaType.APPLICATION_JSON).content(body);
        return call(key == null ? request : request.header("Idempotency-Key", key), token);
    }

    @Test
    void aNewClubIsWelcomedOnce() throws Exception {
        UUID club = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String body = "{\"organizationId\":\"%s\",\"organizationName\":\"Lakeside Lynx\",\"adminUserId\":\"%s\"}"
                .formatted(club, admin);
        String key = UUID.randomUUID() + ":welcome";
        MvcResult first = step(service(), key, "/api/onboarding/welcome", body);
        assertThat(status(first)).as(first.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(json(step(service(), key, "/api/onboarding/welcome", body))).isEqualTo(json(first));
        // a retry under another key still finds the same conversation and notification
        JsonNode retry = json(step(service(), UUID.randomUUID().toString(), "/api/onboarding/welcome", body));
        assertThat(retry.get("conversationId")).isEqualTo(json(first).get("conversationId"));
        assertThat(retry.get("notificationId")).isEqualTo(json(first).get("notificationId"));
        assertThat(count("SELECT count(*) FROM conversations WHERE organization_id = ? AND type = 'club'", club))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notifications WHERE user_id = ?", admin)).isEqualTo(1);
        assertThat(status(step(club().admin(), UUID.randomUUID().toString(), "/api/onboarding/welcome", body)))
                .isEqualTo(403);
        MvcResult noKey = step(service(), null, "/api/onboarding/welcome", body);
        assertThat(field(noKey)).isEqualTo("Idempotency-Key");
        assertThat(field(step(service(), UUID.randomUUID().toString(), "/api/onboarding/welcome",
                body.replace("\"organizationName\":\"Lakeside Lynx\",", "")))).isEqualTo("organizationName");
    }

    @Test
    void aTransferTellsThePlayerTheirParentsAndBothTeamsStaff() throws Exception {
        Club club = club();
        roster.saveLink(club.parentId, club.players.get(0), club.id, "mother", true, true);
        awake(club.parentOf(0));
        UUID transfer = UUID.randomUUID();
        String body = ("{\"transferId\":\"%s\",\"organizationId\":\"%s\",\"playerId\":\"%s\",\"fromTeamId\":\"%s\","
                + "\"toTeamId\":\"%s\",\"toOrganizationId\":\"%s\"}")
                .formatted(transfer, club.id, club.players.get(0), club.team, club.otherTeam, club.id);
        JsonNode result = json(step(service(), transfer + ":notify", "/api/notifications/transfers", body));
        assertThat(result.get("moved").asInt()).isEqualTo(3); // player, parent, coach
        assertThat(json(step(service(), transfer + ":notify", "/api/notifications/transfers", body))).isEqualTo(result);
        assertThat(json(step(service(), transfer + ":notify-again", "/api/notifications/transfers", body)).get("moved")
                .asInt()).isZero();
        assertThat(json(get(club.parentOf(0), "/api/notifications")).get(0).get("title").asString())
                .contains("moves to U18 A");
    }
}
