package com.hockeyhub.communication.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.api.communication.CommunicationEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class BroadcastTest extends CommunicationApiTestBase {

    @Autowired
    BroadcastService broadcasts;

    void quietNow(String token, String muted) throws Exception {
        LocalTime now = LocalTime.now(ZoneOffset.UTC).withNano(0).withSecond(0);
        assertThat(status(put(token, "{\"quietFrom\":\"%s\",\"quietTo\":\"%s\",\"timeZone\":\"UTC\",\"mutedKinds\":[%s]}"
                .formatted(now.minusHours(1), now.plusHours(1), muted), "/api/notifications/preferences")))
                .isEqualTo(200);
    }

    void awakeMuting(String token, String kind) throws Exception {
        LocalTime now = LocalTime.now(ZoneOffset.UTC).withNano(0).withSecond(0);
        assertThat(status(put(token, "{\"quietFrom\":\"%s\",\"quietTo\":\"%s\",\"timeZone\":\"UTC\",\"mutedKinds\":[\"%s\"]}"
                .formatted(now.plusHours(3), now.plusHours(4), kind), "/api/notifications/preferences")))
                .isEqualTo(200);
    }

    JsonNode create(String token, String json) throws Exception {
        MvcResult result = post(token, json, "/api/broadcasts");
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json(result);
    }

    @Test
    void aCoachBroadcastsToTheTeamAndItsParentsAndFollowsDeliveryReadAndAcknowledgement() throws Exception {
        Club club = club();
        roster.saveLink(club.parentId, club.players.get(0), club.id, "mother", true, true);
        awake(club.parentOf(0));
        awake(club.player(2));
        quietNow(club.player(0), "");
        awakeMuting(club.player(1), "broadcast");

        JsonNode draft = create(club.coach(), """
                {"scope":"team","teamId":"%s","title":"Tournament weekend","body":"Bus leaves 7:00 from the rink."}"""
                .formatted(club.team));
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.at("/counts/recipients").asInt()).isZero();

        JsonNode sent = json(post(club.coach(), "{}", "/api/broadcasts/{id}/send", id));
        assertThat(sent.get("status").asString()).isEqualTo("sent");
        assertThat(sent.at("/counts/recipients").asInt()).isEqualTo(4); // three players and a parent, not the coach
        assertThat(sent.at("/counts/delivered").asInt()).isEqualTo(2); // one in quiet hours, one muted broadcasts
        assertThat(status(post(club.coach(), "{}", "/api/broadcasts/{id}/send", id))).isEqualTo(409);
        List<JsonNode> events = published(CommunicationEvents.BROADCAST_SENT, club.id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("recipients").asInt()).isEqualTo(4);

        assertThat(json(get(club.parentOf(0), "/api/broadcasts/received")).findValuesAsString("title"))
                .containsExactly("Tournament weekend");
        assertThat(json(get(club.player(0), "/api/broadcasts/received"))).isEmpty(); // waits for the morning
        assertThat(status(post(club.parentOf(0), "{}", "/api/broadcasts/{id}/read", id))).isEqualTo(204);
        assertThat(status(post(club.player(2), "{}", "/api/broadcasts/{id}/acknowledge", id))).isEqualTo(204);
        assertThat(status(post(club.player(2), "{}", "/api/broadcasts/{id}/acknowledge", id))).isEqualTo(204);
        JsonNode counts = json(get(club.coach(), "/api/broadcasts/{id}", id)).get("counts");
        assertThat(counts.get("read").asInt()).isEqualTo(2);
        assertThat(counts.get("acknowledged").asInt()).isEqualTo(1);
        assertThat(json(get(club.coach(), "/api/broadcasts")).findValuesAsString("id")).containsExactly(id);
        assertThat(json(get(club.admin(), "/api/broadcasts/{id}", id)).at("/counts/recipients").asInt()).isEqualTo(4);

        assertThat(status(get(club.player(2), "/api/broadcasts/{id}", id))).isEqualTo(403);
        assertThat(status(post(club.trainer(), "{}", "/api/broadcasts/{id}/read", id))).isEqualTo(403);
        Club other = club();
        assertThat(status(get(other.admin(), "/api/broadcasts/{id}", id))).isEqualTo(404);
        assertThat(status(post(other.admin(), "{}", "/api/broadcasts/{id}/send", id))).isEqualTo(404);
    }

    @Test
    void anUrgentClubBroadcastIgnoresQuietHoursButAMutedRoutineOneIsNotDelivered() throws Exception {
        Club club = club();
        quietNow(club.player(0), "\"broadcast\"");
        JsonNode sent = json(post(club.admin(), "{}", "/api/broadcasts/{id}/send", create(club.admin(), """
                {"scope":"club","title":"Rink closed","body":"Ammonia leak: all practice cancelled today.",
                 "priority":"urgent"}""").get("id").asString()));
        assertThat(sent.at("/counts/recipients").asInt()).isEqualTo(5); // four players and the coach
        assertThat(json(get(club.player(0), "/api/broadcasts/received")).findValuesAsString("title"))
                .containsExactly("Rink closed");
        assertThat(count("SELECT count(*) FROM notifications WHERE user_id = ? AND kind = 'broadcast' "
                + "AND priority = 'urgent'", club.otherPlayer)).isEqualTo(1);
    }

    @Test
    void aScheduledBroadcastIsSentOnceWhenDue() throws Exception {
        Club club = club();
        Instant at = Instant.now().plus(Duration.ofHours(1));
        JsonNode scheduled = create(club.coach(), """
                {"scope":"team","teamId":"%s","title":"Jerseys","body":"Bring both.","scheduledAt":"%s"}"""
                .formatted(club.team, at));
        String id = scheduled.get("id").asString();
        assertThat(scheduled.get("status").asString()).isEqualTo("scheduled");
        broadcasts.sendDue(at.minusSeconds(60));
        assertThat(json(get(club.coach(), "/api/broadcasts/{id}", id)).get("status").asString()).isEqualTo("scheduled");
        broadcasts.sendDue(at.plusSeconds(1));
        broadcasts.sendDue(at.plusSeconds(2));
        assertThat(json(get(club.coach(), "/api/broadcasts/{id}", id)).get("status").asString()).isEqualTo("sent");
        assertThat(published(CommunicationEvents.BROADCAST_SENT, club.id)).hasSize(1);
        assertThat(count("SELECT count(*) FROM notifications WHERE source_key = ?", "broadcast:" + id)).isEqualTo(3);
    }

    @Test
    void onlyStaffBroadcastAndBadInputIsRefusedByName() throws Exception {
        Club club = club();
        Club other = club();
        String toTeam = "{\"scope\":\"team\",\"teamId\":\"%s\",\"title\":\"t\",\"body\":\"b\"}";
        assertThat(status(post(club.player(0), toTeam.formatted(club.team), "/api/broadcasts"))).isEqualTo(403);
        assertThat(status(post(club.coach(), toTeam.formatted(club.otherTeam), "/api/broadcasts"))).isEqualTo(403);
        assertThat(status(post(club.coach(), "{\"scope\":\"club\",\"title\":\"t\",\"body\":\"b\"}", "/api/broadcasts")))
                .isEqualTo(403);
        assertThat(status(post(club.admin(), toTeam.formatted(other.team), "/api/broadcasts"))).isEqualTo(404);
        assertThat(status(post(null, toTeam.formatted(club.team), "/api/broadcasts"))).isEqualTo(401);
        String[][] cases = {
                {"{\"scope\":\"league\",\"title\":\"t\",\"body\":\"b\"}", "scope"},
                {"{\"scope\":\"team\",\"title\":\"t\",\"body\":\"b\"}", "teamId"},
                {"{\"scope\":\"club\",\"title\":\" \",\"body\":\"b\"}", "title"},
                {"{\"scope\":\"club\",\"title\":\"t\",\"body\":\"%s\"}".formatted("x".repeat(4001)), "body"},
                {"{\"scope\":\"club\",\"title\":\"t\",\"body\":\"b\",\"scheduledAt\":\"2020-01-01T00:00:00Z\"}",
                        "scheduledAt"},
        };
        for (String[] c : cases) {
            MvcResult result = post(club.admin(), c[0], "/api/broadcasts");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(count("SELECT count(*) FROM broadcasts WHERE organization_id = ?", club.id)).isZero();
    }
}
