package com.hockeyhub.training.transfer;

import java.util.UUID;

import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The player-transfer saga's step here: move open assignments, and undo exactly that. */
class TransferStepTest extends TrainingApiTestBase {

    MvcResult move(String token, String key, String body) throws Exception {
        var request = MockMvcRequestBuilders.post("/api/assignments/transfers").contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return call(key == null ? request : request.header("Idempotency-Key", key), token);
    }

    MvcResult revert(String key, UUID transfer) throws Exception {
        return call(MockMvcRequestBuilders.post("/api/assignments/transfers/{id}/revert", transfer)
                .header("Idempotency-Key", key), service());
    }

    String open(UUID player) {
        return "SELECT count(*) FROM assignments WHERE player_id = ? AND status = 'assigned' AND team_id = ? "
                + "AND deleted_at IS NULL";
    }

    @Test
    void openAssignmentsFollowThePlayerAndTheCompensationPutsThemBack() throws Exception {
        Club club = club();
        UUID player = club.players.get(0);
        UUID oldSession = session(club, club.team, 10);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", oldSession);
        UUID newSession = session(club, club.otherTeam, 12);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", newSession);
        UUID unassigned = session(club, club.otherTeam, 14); // not given to the team yet: stays so
        UUID named = session(club, club.otherTeam, 16); // given to one named player of the team only: stays so
        post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(club.otherPlayer), "/api/sessions/{id}/assignments",
                named);

        UUID transfer = UUID.randomUUID();
        String body = ("{\"transferId\":\"%s\",\"organizationId\":\"%s\",\"playerId\":\"%s\",\"fromTeamId\":\"%s\","
                + "\"toTeamId\":\"%s\",\"toOrganizationId\":\"%s\"}")
                .formatted(transfer, club.id, player, club.team, club.otherTeam, club.id);
        MvcResult moved = move(service(), transfer + ":moveAssignments", body);
        assertThat(status(moved)).as(moved.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode result = json(moved);
        assertThat(result.get("moved").asInt()).isEqualTo(1);
        assertThat(result.get("cancelled").asInt()).isEqualTo(1);
        assertThat(json(move(service(), transfer + ":moveAssignments", body))).isEqualTo(result);
        assertThat(count(open(player), player, club.team)).isZero();
        assertThat(count(open(player), player, club.otherTeam)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ?", unassigned)).isZero();
        assertThat(count("SELECT count(*) FROM assignments WHERE session_id = ?", named)).isEqualTo(1);
        assertThat(json(get(club.player(0), "/api/players/{p}/upcoming-sessions", player)).at("/sessions/0/sessionId")
                .asString()).isEqualTo(newSession.toString());

        JsonNode undone = json(revert(transfer + ":moveAssignments:compensate", transfer));
        assertThat(undone.get("moved").asInt()).isEqualTo(1);
        assertThat(undone.get("cancelled").asInt()).isEqualTo(1);
        assertThat(count(open(player), player, club.team)).isEqualTo(1);
        assertThat(count(open(player), player, club.otherTeam)).isZero();
        assertThat(json(revert(transfer + ":again", transfer)).get("moved").asInt()).isZero();
        assertThat(json(revert(UUID.randomUUID().toString(), UUID.randomUUID())).get("moved").asInt()).isZero();
    }

    @Test
    void onlyThePlatformMovesAndTheRequestIsChecked() throws Exception {
        Club club = club();
        String body = ("{\"transferId\":\"%s\",\"organizationId\":\"%s\",\"playerId\":\"%s\",\"fromTeamId\":\"%s\","
                + "\"toTeamId\":\"%s\",\"toOrganizationId\":\"%s\"}")
                .formatted(UUID.randomUUID(), club.id, club.players.get(0), club.team, club.otherTeam, club.id);
        assertThat(status(move(club.admin(), UUID.randomUUID().toString(), body))).isEqualTo(403);
        MvcResult noKey = move(service(), null, body);
        assertThat(status(noKey)).isEqualTo(400);
        assertThat(field(noKey)).isEqualTo("Idempotency-Key");
        MvcResult noPlayer = move(service(), UUID.randomUUID().toString(),
                body.replace("\"playerId\":\"" + club.players.get(0) + "\",", ""));
        assertThat(field(noPlayer)).isEqualTo("playerId");
        MvcResult same = move(service(), UUID.randomUUID().toString(),
                body.replace("\"toTeamId\":\"" + club.otherTeam, "\"toTeamId\":\"" + club.team));
        assertThat(field(same)).isEqualTo("toTeamId");
    }
}
