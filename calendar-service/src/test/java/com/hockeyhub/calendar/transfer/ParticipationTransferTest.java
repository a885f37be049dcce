package com.hockeyhub.calendar.transfer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The player-transfer saga's step here: upcoming participation follows the player, and the undo puts it back. */
@IntegrationTest
class ParticipationTransferTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JdbcTemplate jdbc;

    static final String SERVICE = TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).bearer();

    int participations(UUID event, UUID player) {
        return jdbc.queryForObject("SELECT count(*) FROM event_participants WHERE event_id = ? AND user_id = ? "
                + "AND deleted_at IS NULL", Integer.class, event, player);
    }

    Response step(Api api, String key, String uri, Object body, Object... vars) {
        var request = MockMvcRequestBuilders.post(uri, vars);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(request, SERVICE, body);
    }

    @Test
    void upcomingParticipationFollowsThePlayerAndTheUndoPutsItBack() {
        Api api = new Api(mvc, json);
        Club club = new Club().register(roster);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        UUID oldTeamEvent = api.post(club.admin(), with(event("Old team practice", "training", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "teamId", club.team), "/api/events").id();
        UUID newTeamEvent = api.post(club.admin(), with(event("New team practice", "training", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "teamId", club.otherTeam), "/api/events").id();
        UUID player = club.players.get(0);
        assertThat(participations(oldTeamEvent, player)).isEqualTo(1);
        assertThat(participations(newTeamEvent, player)).isZero();

        UUID transfer = UUID.randomUUID();
        String body = ("{\"transferId\":\"%s\",\"organizationId\":\"%s\",\"playerId\":\"%s\",\"fromTeamId\":\"%s\","
                + "\"toTeamId\":\"%s\",\"toOrganizationId\":\"%s\"}")
                .formatted(transfer, club.org, player, club.team, club.otherTeam, club.org);
        Response moved = step(api, transfer + ":move-participation", "/api/participants/transfers", body);
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(participations(oldTeamEvent, player)).isZero();
        assertThat(participations(newTeamEvent, player)).isEqualTo(1);
        assertThat(step(api, transfer + ":move-participation", "/api/participants/transfers", body).text())
                .isEqualTo(moved.text());

        Response undone = step(api, transfer + ":compensate", "/api/participants/transfers/{id}/revert", null,
                transfer);
        assertThat(undone.status()).isEqualTo(200);
        assertThat(participations(oldTeamEvent, player)).isEqualTo(1);
        assertThat(participations(newTeamEvent, player)).isZero();
        assertThat(step(api, UUID.randomUUID().toString(), "/api/participants/transfers/{id}/revert", null,
                UUID.randomUUID()).body().get("moved").asInt()).isZero();
    }

    @Test
    void onlyThePlatformMovesAndTheKeyIsRequired() {
        Api api = new Api(mvc, json);
        Club club = new Club().register(roster);
        String body = ("{\"transferId\":\"%s\",\"organizationId\":\"%s\",\"playerId\":\"%s\",\"fromTeamId\":\"%s\","
                + "\"toTeamId\":\"%s\",\"toOrganizationId\":\"%s\"}")
                .formatted(UUID.randomUUID(), club.org, club.players.get(0), club.team, club.otherTeam, club.org);
        assertThat(api.call(MockMvcRequestBuilders.post("/api/participants/transfers").header("Idempotency-Key", "k1"),
                club.admin(), body).status()).isEqualTo(403);
        Response noKey = step(api, null, "/api/participants/transfers", body);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
    }
}
