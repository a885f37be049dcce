package com.hockeyhub.calendar.participant;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.calendar.roster.RosterEventHandlers;
import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24 (2): a second club's admin made a demo-club player a participant of their event, and created events for a
 * demo-club team; the team.member.added reaction matched events by team alone. Every id a request names must now be
 * of the caller's club.
 */
@IntegrationTest
class CrossClubWriteTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcRoster roster;
    @Autowired
    RosterEventHandlers rosterHandlers;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Club demo;
    Club hostile;
    Instant tomorrow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        demo = new Club().register(roster);
        hostile = new Club().register(roster);
        tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    }

    Map<String, Object> training(String title) {
        return event(title, "training", tomorrow, tomorrow.plus(Duration.ofHours(1)));
    }

    int participations(UUID userId) {
        return jdbc.queryForObject("SELECT count(*) FROM event_participants WHERE user_id = ?", Integer.class, userId);
    }

    @Test
    void anotherClubsPlayerCannotBeMadeAParticipant() {
        UUID victim = demo.players.get(0);
        Response created = api.post(hostile.admin(), with(training("Poach"), "participantIds",
                List.of(hostile.players.get(0), victim)), "/api/events");
        assertThat(created.status()).as(created.text()).isEqualTo(400);
        assertThat(created.body().at("/errors/0/field").asString()).isEqualTo("participantIds");
        assertThat(api.post(hostile.admin(), with(training("Unknown"), "participantIds", List.of(UUID.randomUUID())),
                "/api/events").status()).isEqualTo(400);

        UUID own = api.post(hostile.admin(), with(training("Own"), "participantIds", List.of(hostile.players.get(0))),
                "/api/events").id();
        Response invite = api.post(hostile.admin(), Map.of("userIds", List.of(victim)), "/api/events/{id}/participants",
                own);
        assertThat(invite.status()).as(invite.text()).isEqualTo(400);
        assertThat(invite.body().at("/errors/0/field").asString()).isEqualTo("userIds");
        Map<String, Object> edit = with(training("Own"), "participantIds", List.of(victim));
        assertThat(api.put(hostile.admin(), edit, "/api/events/{id}", own).status()).isEqualTo(400);

        assertThat(participations(victim)).isZero();
        assertThat(participations(hostile.players.get(0))).isEqualTo(1);
    }

    @Test
    void anotherClubsTeamIsNotFound() {
        Response created = api.post(hostile.admin(), with(training("Their team"), "teamId", demo.team), "/api/events");
        assertThat(created.status()).as(created.text()).isEqualTo(404);

        UUID own = api.post(hostile.admin(), training("Own"), "/api/events").id();
        assertThat(api.post(hostile.admin(), Map.of("teamId", demo.team), "/api/events/{id}/participants", own)
                .status()).isEqualTo(404);
        assertThat(api.put(hostile.admin(), with(training("Own"), "teamId", demo.team), "/api/events/{id}", own)
                .status()).isEqualTo(404);
        assertThat(participations(demo.players.get(0))).isZero();

        // a team the calendar knows nothing of is no team of the club either
        assertThat(api.post(hostile.admin(), with(training("Nobody's"), "teamId", UUID.randomUUID()), "/api/events")
                .status()).isEqualTo(404);
        // the club's own team still works
        Response mine = api.post(demo.admin(), with(training("Practice"), "teamId", demo.team), "/api/events");
        assertThat(mine.status()).as(mine.text()).isEqualTo(201);
        assertThat(participations(demo.players.get(0))).isEqualTo(1);
    }

    @Test
    void aNewTeamMemberJoinsOnlyTheirOwnClubsEventsOfTheTeam() {
        UUID team = UUID.randomUUID();
        roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(team, demo.coachId, demo.org, "coach", null, null), true);
        UUID own = api.post(demo.admin(), with(training("Own"), "teamId", team), "/api/events").id();
        // an event of another club that names the team id, as the API let one be created before
        UUID foreign = api.post(hostile.admin(), with(training("Foreign"), "teamId", hostile.team), "/api/events")
                .id();
        jdbc.update("UPDATE events SET team_id = ? WHERE id = ?", team, foreign);

        UUID newcomer = UUID.randomUUID();
        rosterHandlers.memberAdded(new TeamMemberChanged(team, newcomer, demo.org, "player", 10, null));

        List<UUID> events = jdbc.queryForList("SELECT event_id FROM event_participants WHERE user_id = ?", UUID.class,
                newcomer);
        assertThat(events).containsExactly(own).doesNotContain(foreign);
    }

    @Test
    void anotherClubsTeamIsNotFoundNotAnEmptyCalendar() {
        api.post(demo.admin(), with(training("Demo practice"), "teamId", demo.team), "/api/events");
        for (String uri : List.of("/api/events/teams/{team}/upcoming", "/api/calendar/teams/{team}.ics")) {
            Response foreign = api.get(hostile.admin(), uri, demo.team);
            assertThat(foreign.status()).as(uri + ": " + foreign.text()).isEqualTo(404);
            assertThat(foreign.text()).as(uri).doesNotContain("Demo practice");
            assertThat(api.get(hostile.admin(), uri, UUID.randomUUID()).status()).as(uri).isEqualTo(404);
            assertThat(api.get(demo.admin(), uri, demo.team).status()).as(uri).isEqualTo(200);
        }
    }
}
