package com.hockeyhub.planning.strategy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.planning.PlanningApiTestBase;
import com.hockeyhub.shared.api.calendar.CalendarEvents.EventChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GameStrategyTest extends PlanningApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    /** The club's first team with 14 players: its three, eleven more (the last two goalies). */
    List<UUID> squad(Club club) {
        List<UUID> squad = new ArrayList<>(club.players);
        for (int i = 0; i < 11; i++) {
            UUID player = UUID.randomUUID();
            roster.saveMember(new RosterMember(club.team, player, club.id, "player", 20 + i, i >= 9 ? "goalie"
                    : i % 2 == 0 ? "forward" : "defense"), true);
            squad.add(player);
        }
        return squad;
    }

    static String ids(List<UUID> players, int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(i -> "\"" + players.get(i) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String line(List<UUID> p, int[] forwards, int[] defence) {
        return "{\"forwards\":%s,\"defence\":%s}".formatted(ids(p, forwards), ids(p, defence));
    }

    /** Two even-strength lines, a power-play unit (4+1), a penalty-kill unit (2+2), the two goalies. */
    static String lineups(List<UUID> p) {
        return ("{\"evenStrength\":[%s,%s],\"powerPlay\":[%s],\"penaltyKill\":[%s],"
                + "\"goalies\":{\"starter\":\"%s\",\"backup\":\"%s\"}}").formatted(
                line(p, new int[]{0, 1, 2}, new int[]{3, 4}), line(p, new int[]{5, 6, 7}, new int[]{8, 9}),
                line(p, new int[]{0, 1, 2, 5}, new int[]{3}), line(p, new int[]{6, 7}, new int[]{8, 9}),
                p.get(12), p.get(13));
    }

    static String strategyJson(UUID team, UUID game, String lineups) {
        return ("{\"teamId\":\"%s\",\"calendarEventId\":\"%s\",\"opponent\":\"Riverside Raiders\","
                + "\"gameDate\":\"2026-12-12\",\"lineups\":%s,\"tactics\":\"1-2-2 forecheck, stretch breakouts\","
                + "\"scoutingNotes\":\"Their #9 cheats to the middle\",\"periodAdjustments\":[{\"period\":\"2\","
                + "\"note\":\"Long change: short shifts\"}]}").formatted(team, game, lineups);
    }

    @Test
    void aCoachSetsTheLinesOncePerGameAndPlayersReadThemWithoutScoutingNotes() throws Exception {
        Club club = club();
        List<UUID> squad = squad(club);
        UUID game = UUID.randomUUID();
        MvcResult created = post(club.coach(), strategyJson(club.team, game, lineups(squad)), "/api/game-strategies");
        assertThat(status(created)).as(created.getResponse().getContentAsString()).isEqualTo(201);
        UUID id = UUID.fromString(json(created).get("id").asString());
        assertThat(json(created).at("/lineups/evenStrength/1/defence/1").asString()).isEqualTo(squad.get(9).toString());

        JsonNode coachView = json(get(club.coach(), "/api/game-strategies/{id}", id));
        assertThat(coachView.get("scoutingNotes").asString()).contains("#9");
        JsonNode playerView = json(get(club.player(0), "/api/games/{game}/strategy", game));
        assertThat(playerView.has("scoutingNotes")).isFalse();
        assertThat(playerView.get("tactics").asString()).contains("forecheck");
        assertThat(playerView.at("/lineups/goalies/starter").asString()).isEqualTo(squad.get(12).toString());

        MvcResult second = post(club.coach(), strategyJson(club.team, game, lineups(squad)), "/api/game-strategies");
        assertThat(status(second)).isEqualTo(409);
        assertThat(second.getResponse().getContentType()).contains("problem+json");

        String changed = strategyJson(club.team, game, lineups(squad)).replace("Long change: short shifts",
                "Pull the goalie at 2:00");
        assertThat(json(put(club.coach(), changed, "/api/game-strategies/{id}", id)).at("/periodAdjustments/0/note")
                .asString()).isEqualTo("Pull the goalie at 2:00");
        assertThat(json(put(club.admin(), "{\"postGameAnalysis\":\"Won the neutral zone, lost faceoffs\"}",
                "/api/game-strategies/{id}/post-game-analysis", id)).get("postGameAnalysis").asString())
                .contains("faceoffs");
        assertThat(json(get(club.player(1), "/api/teams/{t}/game-strategies", club.team))).hasSize(1);

        // roles and clubs
        assertThat(status(put(club.player(0), changed, "/api/game-strategies/{id}", id))).isEqualTo(403);
        String otherTeamPlayer = TestTokens.user(club.otherPlayer).organization(club.id).roles(Role.PLAYER)
                .teams(club.otherTeam).bearer();
        assertThat(status(get(otherTeamPlayer, "/api/game-strategies/{id}", id))).isEqualTo(403);
        Club other = club();
        assertThat(status(get(other.coach(), "/api/game-strategies/{id}", id))).isEqualTo(404);
        assertThat(status(get(other.coach(), "/api/games/{game}/strategy", game))).isEqualTo(404);
        assertThat(status(put(other.admin(), changed, "/api/game-strategies/{id}", id))).isEqualTo(404);
        assertThat(status(get(other.coach(), "/api/teams/{t}/game-strategies", club.team))).isEqualTo(404);
        assertThat(status(post(other.coach(), strategyJson(club.team, UUID.randomUUID(), "{}"),
                "/api/game-strategies"))).isEqualTo(404);
        assertThat(status(get(null, "/api/game-strategies/{id}", id))).isEqualTo(401);
        assertThat(status(get(club.coach(), "/api/game-strategies/{id}", UUID.randomUUID()))).isEqualTo(404);
    }

    @Test
    void aLineupWithAMissingPositionADuplicateOrAStrangerIsRefusedNamingThePlace() throws Exception {
        Club club = club();
        List<UUID> p = squad(club);
        String goalies = ",\"goalies\":{\"starter\":\"%s\",\"backup\":\"%s\"}}";
        String[][] cases = {
                {"{\"evenStrength\":[" + line(p, new int[]{0, 1}, new int[]{3, 4}) + "]}",
                        "lineups.evenStrength[0].forwards"},
                {"{\"evenStrength\":[" + line(p, new int[]{0, 1, 2}, new int[]{3}) + "]}",
                        "lineups.evenStrength[0].defence"},
                {"{\"evenStrength\":[" + line(p, new int[]{0, 1, 2}, new int[]{3, 4}) + ","
                        + line(p, new int[]{2, 6, 7}, new int[]{8, 9}) + "]}", "lineups.evenStrength[1].forwards[0]"},
                {"{\"evenStrength\":[" + line(p, new int[]{0, 1, 2}, new int[]{3, 3}) + "]}",
                        "lineups.evenStrength[0].defence[1]"},
                {"{\"powerPlay\":[" + line(p, new int[]{0, 1}, new int[]{3, 4, 5}) + "]}",
                        "lineups.powerPlay[0].forwards"},
                {"{\"penaltyKill\":[" + line(p, new int[]{0, 1, 2}, new int[]{3, 4}) + "]}",
                        "lineups.penaltyKill[0].forwards"},
                {"{\"evenStrength\":[" + line(p, new int[]{0, 1, 12}, new int[]{3, 4}) + "]"
                        + goalies.formatted(p.get(12), p.get(13)), "lineups.evenStrength[0].forwards[2]"},
                {"{\"goalies\":{\"starter\":\"%s\",\"backup\":\"%s\"}}".formatted(p.get(12), p.get(12)),
                        "lineups.goalies.backup"},
                {"{\"evenStrength\":[{\"forwards\":[\"%s\",\"%s\",\"%s\"],\"defence\":[\"%s\",\"%s\"]}]}".formatted(
                        p.get(0), p.get(1), club.otherPlayer, p.get(3), p.get(4)),
                        "lineups.evenStrength[0].forwards[2]"},
                {"{\"goalies\":{\"starter\":\"%s\"}}".formatted(UUID.randomUUID()), "lineups.goalies.starter"}};
        for (String[] c : cases) {
            MvcResult result = post(club.coach(), strategyJson(club.team, UUID.randomUUID(), c[0]),
                    "/api/game-strategies");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).contains("problem+json");
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        MvcResult period = post(club.coach(), strategyJson(club.team, UUID.randomUUID(), "{}")
                .replace("\"period\":\"2\"", "\"period\":\"4\""), "/api/game-strategies");
        assertThat(status(period)).isEqualTo(400);
        assertThat(field(period)).isEqualTo("periodAdjustments[0].period");
        MvcResult opponent = post(club.coach(), strategyJson(club.team, UUID.randomUUID(), "{}")
                .replace("Riverside Raiders", " "), "/api/game-strategies");
        assertThat(field(opponent)).isEqualTo("opponent");
        // the same skater on an even-strength line and a special-teams unit is fine (another lineup type)
        assertThat(status(post(club.coach(), strategyJson(club.team, UUID.randomUUID(), lineups(p)),
                "/api/game-strategies"))).isEqualTo(201);
        // nothing of the refused requests was kept
        assertThat(count("SELECT count(*) FROM game_strategies WHERE organization_id = ?", club.id)).isEqualTo(1);
    }

    @Test
    void aCancelledGameLeavesItsStrategyReadOnly() throws Exception {
        Club club = club();
        UUID game = UUID.randomUUID();
        UUID id = UUID.fromString(json(post(club.coach(), strategyJson(club.team, game, "{}"),
                "/api/game-strategies")).get("id").asString());
        transactions.executeWithoutResult(s -> events.publish(EventTypes.CALENDAR_EVENT_CANCELLED, club.id,
                new EventChanged(game, club.id, club.team, null, "vs Riverside", "game", "cancelled", "team",
                        Instant.parse("2026-12-12T18:00:00Z"), Instant.parse("2026-12-12T20:30:00Z"), "Arena",
                        club.coachId, "Opponent forfeited")));
        await().atMost(Duration.ofSeconds(30)).until(() -> "cancelled".equals(
                json(get(club.coach(), "/api/game-strategies/{id}", id)).get("status").asString()));
        assertThat(status(put(club.coach(), strategyJson(club.team, game, "{}"), "/api/game-strategies/{id}", id)))
                .isEqualTo(409);
        assertThat(status(put(club.coach(), "{\"postGameAnalysis\":\"x\"}",
                "/api/game-strategies/{id}/post-game-analysis", id))).isEqualTo(409);
    }
}
