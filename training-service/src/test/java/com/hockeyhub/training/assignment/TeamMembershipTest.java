package com.hockeyhub.training.assignment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** user-service's team.member.added / team.member.removed, over NATS, move players into and out of upcoming work. */
class TeamMembershipTest extends TrainingApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    /** user-service's event, through the outbox and NATS as it would send it; waits until this service handled it. */
    void member(String type, UUID club, UUID team, UUID player, String role, String position) {
        member(type, club, team, player, role, position, null);
    }

    /** As {@link #member}, the envelope saying the change happened at {@code occurredAt} (a late or replayed event). */
    void member(String type, UUID club, UUID team, UUID player, String role, String position, Instant occurredAt) {
        EventEnvelope sent = transactions.execute(s -> {
            EventEnvelope envelope = events.publish(type, club,
                    new TeamMemberChanged(team, player, club, role, 55, position));
            if (occurredAt != null) {
                jdbc.update("UPDATE hockeyhub_outbox SET envelope = jsonb_set(envelope, '{occurredAt}', "
                        + "to_jsonb(?::text)) WHERE id = ?", occurredAt.toString(), envelope.id());
            }
            return envelope;
        });
        String consumer = EventTypes.TEAM_MEMBER_ADDED.equals(type) ? "%assignments-member-added"
                : "%assignments-member-removed";
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM hockeyhub_inbox "
                + "WHERE event_id = ? AND consumer LIKE ? AND status = 'HANDLED'", sent.id(), consumer) == 1);
    }

    String statusOf(UUID session, UUID player) {
        return jdbc.queryForList("SELECT status FROM assignments WHERE session_id = ? AND player_id = ? "
                + "AND deleted_at IS NULL", String.class, session, player).stream().findFirst().orElse("none");
    }

    String assignmentOf(Club club, UUID session, UUID player) throws Exception {
        for (JsonNode a : json(get(club.trainer(), "/api/sessions/{id}/assignments", session))) {
            if (a.get("playerId").asString().equals(player.toString())) {
                return a.get("id").asString();
            }
        }
        throw new AssertionError("no assignment of " + player + " in " + session);
    }

    @Test
    void aPlayerWhoJoinsGetsTheTeamsUpcomingSessionsOnly() throws Exception {
        Club club = club();
        UUID wholeTeam = session(club, club.team, 24);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", wholeTeam);
        UUID defense = session(club, club.team, 30);
        post(club.trainer(), "{\"position\":\"defense\"}", "/api/sessions/{id}/assignments", defense);
        UUID notGiven = session(club, club.team, 36);
        UUID named = session(club, club.team, 40); // given to one named player, not to the team
        post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(club.players.get(0)),
                "/api/sessions/{id}/assignments", named);
        UUID begun = session(club, club.team, 1);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", begun);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/start", begun))).isEqualTo(200);
        UUID past = session(club, club.team, -3);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", past);
        UUID cancelled = session(club, club.team, 50);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", cancelled);
        post(club.trainer(), "{}", "/api/sessions/{id}/cancel", cancelled);
        UUID otherTeams = session(club, club.otherTeam, 26);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", otherTeams);
        int eventsBefore = published("training.assignment.created", club.id).size();

        UUID defender = UUID.randomUUID();
        member(EventTypes.TEAM_MEMBER_ADDED, club.id, club.team, defender, "player", "defense");
        assertThat(statusOf(wholeTeam, defender)).isEqualTo("assigned");
        assertThat(statusOf(defense, defender)).isEqualTo("assigned");
        for (UUID untouched : new UUID[] {notGiven, named, begun, past, cancelled, otherTeams}) {
            assertThat(statusOf(untouched, defender)).as("session %s", untouched).isEqualTo("none");
        }
        assertThat(published("training.assignment.created", club.id)).hasSize(eventsBefore + 2);

        UUID forward = UUID.randomUUID();
        member(EventTypes.TEAM_MEMBER_ADDED, club.id, club.team, forward, "player", "forward");
        assertThat(statusOf(wholeTeam, forward)).isEqualTo("assigned");
        assertThat(statusOf(defense, forward)).isEqualTo("none");
        UUID coach = UUID.randomUUID();
        member(EventTypes.TEAM_MEMBER_ADDED, club.id, club.team, coach, "assistant_coach", null);
        assertThat(count("SELECT count(*) FROM assignments WHERE player_id = ?", coach)).isZero();

        // the same news again (a redelivered or repeated event) changes nothing
        member(EventTypes.TEAM_MEMBER_ADDED, club.id, club.team, defender, "player", "defense");
        assertThat(count("SELECT count(*) FROM assignments WHERE player_id = ?", defender)).isEqualTo(2);
        assertThat(published("training.assignment.created", club.id)).hasSize(eventsBefore + 3);

        // another club's event naming this club's team touches nothing here
        Club other = club();
        UUID stranger = UUID.randomUUID();
        member(EventTypes.TEAM_MEMBER_ADDED, other.id, club.team, stranger, "player", "defense");
        assertThat(count("SELECT count(*) FROM assignments WHERE player_id = ?", stranger)).isZero();

        // a joiner already given another session at that time is not double-booked
        UUID busy = UUID.randomUUID();
        roster.savePerson(new RosterPerson(busy, club.id, busy + "@example.test", "Busy", "Defender",
                List.of("player"), true), true);
        UUID clash = session(club, club.otherTeam, 30);
        assertThat(json(post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(busy),
                "/api/sessions/{id}/assignments", clash)).get("assigned")).hasSize(1);
        member(EventTypes.TEAM_MEMBER_ADDED, club.id, club.team, busy, "player", "defense");
        assertThat(statusOf(wholeTeam, busy)).isEqualTo("assigned");
        assertThat(statusOf(defense, busy)).isEqualTo("none");
    }

    @Test
    void aPlayerWhoLeavesLosesOnlyUpcomingTeamWorkThatNobodyStarted() throws Exception {
        Club club = club();
        UUID player = club.players.get(0);
        UUID upcoming = session(club, club.team, 24);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", upcoming);
        UUID named = session(club, club.team, 30); // the player was named for it
        post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(player), "/api/sessions/{id}/assignments", named);
        UUID alsoNamed = session(club, club.team, 32); // given to the team, then the player named as well
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", alsoNamed);
        post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(player), "/api/sessions/{id}/assignments",
                alsoNamed);
        UUID startedWork = session(club, club.team, 20);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", startedWork);
        MvcResult execution = post(club.player(0), "{}", "/api/assignments/{id}/executions",
                assignmentOf(club, startedWork, player));
        assertThat(status(execution)).as(execution.getResponse().getContentAsString()).isEqualTo(201);
        UUID done = session(club, club.team, 22);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", done);
        assertThat(status(post(club.player(0), "{\"durationMinutes\":40,\"rpe\":6}",
                "/api/assignments/{id}/execution", assignmentOf(club, done, player)))).isEqualTo(200);
        UUID begun = session(club, club.team, 1);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", begun);
        post(club.trainer(), "{}", "/api/sessions/{id}/start", begun);
        UUID otherTeams = session(club, club.otherTeam, 26);
        post(club.trainer(), "{\"playerIds\":[\"%s\"]}".formatted(player), "/api/sessions/{id}/assignments",
                otherTeams);

        member(EventTypes.TEAM_MEMBER_REMOVED, club.id, club.team, player, "player", "forward");
        assertThat(statusOf(upcoming, player)).isEqualTo("cancelled");
        assertThat(statusOf(named, player)).isEqualTo("assigned");
        assertThat(statusOf(alsoNamed, player)).isEqualTo("assigned");
        assertThat(statusOf(startedWork, player)).isEqualTo("assigned");
        assertThat(statusOf(done, player)).isEqualTo("completed");
        assertThat(statusOf(begun, player)).isEqualTo("assigned");
        assertThat(statusOf(otherTeams, player)).isEqualTo("assigned");
        assertThat(statusOf(upcoming, club.players.get(1))).isEqualTo("assigned");
        // the player's upcoming sessions show the loss at once (the cache was evicted)
        assertThat(json(get(club.player(0), "/api/players/{p}/upcoming-sessions", player))
                .findValuesAsString("sessionId")).doesNotContain(upcoming.toString()).contains(named.toString());

        // again: nothing more changes
        member(EventTypes.TEAM_MEMBER_REMOVED, club.id, club.team, player, "player", "forward");
        assertThat(count("SELECT count(*) FROM assignments WHERE player_id = ? AND status = 'cancelled'", player))
                .isEqualTo(1);
        // another club's event naming this club's team and player takes nothing away
        member(EventTypes.TEAM_MEMBER_REMOVED, club().id, club.team, club.players.get(1), "player", "forward");
        assertThat(statusOf(upcoming, club.players.get(1))).isEqualTo("assigned");

        // back on the team: the upcoming session is theirs again, still one row
        member(EventTypes.TEAM_MEMBER_ADDED, club.id, club.team, player, "player", "forward");
        assertThat(statusOf(upcoming, player)).isEqualTo("assigned");
        assertThat(count("SELECT count(*) FROM assignments WHERE player_id = ? AND session_id = ?", player,
                upcoming)).isEqualTo(1);
    }

    @Test
    void anOlderMembershipChangeArrivingLateChangesNothing() throws Exception {
        Club club = club();
        UUID upcoming = session(club, club.team, 24);
        post(club.trainer(), "{}", "/api/sessions/{id}/assignments", upcoming);
        Instant t1 = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        Instant t2 = t1.plusSeconds(60);
        Instant t3 = t2.plusSeconds(60);
        String added = EventTypes.TEAM_MEMBER_ADDED;
        String removed = EventTypes.TEAM_MEMBER_REMOVED;

        // the removal overtook the addition it follows: the late addition does not assign the player
        UUID overtaken = UUID.randomUUID();
        member(removed, club.id, club.team, overtaken, "player", "forward", t2);
        member(added, club.id, club.team, overtaken, "player", "forward", t1);
        assertThat(statusOf(upcoming, overtaken)).isEqualTo("none");

        // added, removed, then the addition again (a replay): still not assigned
        UUID left = UUID.randomUUID();
        member(added, club.id, club.team, left, "player", "forward", t1);
        assertThat(statusOf(upcoming, left)).isEqualTo("assigned");
        member(removed, club.id, club.team, left, "player", "forward", t2);
        assertThat(statusOf(upcoming, left)).isEqualTo("cancelled");
        member(added, club.id, club.team, left, "player", "forward", t1);
        assertThat(statusOf(upcoming, left)).isEqualTo("cancelled");

        // a removal older than the addition applied does not take the player out
        UUID stays = UUID.randomUUID();
        member(added, club.id, club.team, stays, "player", "forward", t2);
        member(removed, club.id, club.team, stays, "player", "forward", t1);
        assertThat(statusOf(upcoming, stays)).isEqualTo("assigned");

        // a newer addition after the removal: assigned again, still one row
        member(added, club.id, club.team, left, "player", "forward", t3);
        assertThat(statusOf(upcoming, left)).isEqualTo("assigned");
        member(added, club.id, club.team, overtaken, "player", "forward", t3);
        assertThat(statusOf(upcoming, overtaken)).isEqualTo("assigned");
        assertThat(count("SELECT count(*) FROM assignments WHERE player_id = ? AND session_id = ?", left, upcoming))
                .isEqualTo(1);
    }
}
