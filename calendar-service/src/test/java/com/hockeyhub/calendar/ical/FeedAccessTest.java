package com.hockeyhub.calendar.ical;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.api.user.UserEvents.FamilyLinkChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
 * Issue 24 (4): a feed token kept the roles, teams and children it was issued with, so a former member went on
 * reading the feeds; the public feed paths ran with no club on the connection. Access is now decided on every fetch.
 */
@IntegrationTest
class FeedAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcRoster roster;
    @Autowired
    FeedAccessHandlers handlers;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Club club;
    Instant start;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().register(roster);
        start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    }

    List<String> titles(String uri, Object... vars) throws Exception {
        Response response = api.get(null, uri, vars);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(response.text())).getComponents("VEVENT");
        return events.stream().map(e -> e.getProperty("SUMMARY").map(Property::getValue).orElse("")).toList();
    }

    String feedToken(String bearer) {
        Response issued = api.post(bearer, null, "/api/calendar/feed-token");
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        return issued.get("token").asString();
    }

    @Test
    void aFormerTeamMemberNoLongerReadsTheTeamsEvents() throws Exception {
        assertThat(api.post(club.coach(), with(event("Practice", "training", start, start.plus(Duration.ofHours(1))),
                "teamId", club.team), "/api/events").status()).isEqualTo(201);
        // joins the team after the event was made: a member by the roster, not a participant
        UUID newcomer = UUID.randomUUID();
        roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(club.team, newcomer, club.org, "player", null, null), true);
        String token = feedToken(TestTokens.user(newcomer).organization(club.org).roles(Role.PLAYER).teams(club.team)
                .bearer());
        assertThat(titles("/api/calendar/feeds/{t}.ics", token)).containsExactly("Practice");
        assertThat(titles("/api/calendar/teams/{team}.ics?token={t}", club.team, token)).containsExactly("Practice");

        roster.removeMember(club.team, newcomer);

        assertThat(titles("/api/calendar/feeds/{t}.ics", token)).isEmpty();
        assertThat(titles("/api/calendar/teams/{team}.ics?token={t}", club.team, token)).isEmpty();
    }

    @Test
    void aRemovedFamilyLinkEndsTheParentsViewOfTheChildsEvents() throws Exception {
        assertThat(api.post(club.admin(), with(event("Child talk", "meeting", start, start.plus(Duration.ofHours(1))),
                "visibility", "private", "participantIds", List.of(club.childId)), "/api/events").status())
                .isEqualTo(201);
        String token = feedToken(club.parent());
        assertThat(titles("/api/calendar/feeds/{t}.ics", token)).containsExactly("Child talk");

        handlers.linkRemoved(new FamilyLinkChanged(club.parentId, club.childId, club.org, "guardian", true));
        assertThat(titles("/api/calendar/feeds/{t}.ics", token)).isEmpty();

        handlers.linkCreated(new FamilyLinkChanged(club.parentId, club.childId, club.org, "guardian", true));
        assertThat(titles("/api/calendar/feeds/{t}.ics", token)).containsExactly("Child talk");
        // a link in another club gives nothing here
        handlers.linkRemoved(new FamilyLinkChanged(club.parentId, club.childId, club.org, "guardian", true));
        handlers.linkCreated(new FamilyLinkChanged(club.parentId, club.childId, UUID.randomUUID(), "guardian", true));
        assertThat(titles("/api/calendar/feeds/{t}.ics", token)).isEmpty();
    }

    @Test
    void changedRolesApplyAndADeletedOrDeactivatedUsersTokenEnds() throws Exception {
        assertThat(api.post(club.admin(), with(event("Coaches meeting", "meeting", start,
                start.plus(Duration.ofHours(1))), "visibility", "role_based", "visibleRoles", List.of("coach")),
                "/api/events").status()).isEqualTo(201);
        String coach = feedToken(club.coach());
        assertThat(titles("/api/calendar/feeds/{t}.ics", coach)).isEmpty();
        assertThat(titles("/api/calendar/teams/{team}.ics?token={t}", club.registry, coach)).isEmpty();
        String admin = feedToken(TestTokens.user(club.adminId).organization(club.org).roles(Role.CLUB_ADMIN)
                .teams(club.registry).bearer());
        assertThat(titles("/api/calendar/teams/{team}.ics?token={t}", club.registry, admin)).isEmpty();

        String player = feedToken(club.player(0));
        handlers.userDeleted(new UserDeleted(club.players.get(0), club.org));
        assertThat(api.get(null, "/api/calendar/feeds/{t}.ics", player).status()).isEqualTo(404);

        String other = feedToken(club.player(1));
        handlers.userDeactivated(new UserChanged(club.players.get(1), club.org, null, "P", "Two", List.of("player"),
                false));
        assertThat(api.get(null, "/api/calendar/feeds/{t}.ics", other).status()).isEqualTo(404);

        // a coach who is no longer one stops seeing the coaches' events on the club feed of a team they are on
        UUID meeting = api.post(club.admin(), with(event("Staff talk", "meeting", start, start.plus(Duration.ofHours(2))),
                "teamId", club.team, "visibility", "role_based", "visibleRoles", List.of("coach"),
                "defaultAttending", false), "/api/events").id();
        jdbc.update("DELETE FROM event_participants WHERE event_id = ?", meeting);
        assertThat(titles("/api/calendar/teams/{team}.ics?token={t}", club.team, coach)).contains("Staff talk");
        handlers.rolesChanged(new UserChanged(club.coachId, club.org, null, "C", "Oach", List.of("parent"), true));
        assertThat(titles("/api/calendar/teams/{team}.ics?token={t}", club.team, coach)).doesNotContain("Staff talk");
    }

    @Test
    void aFeedRunsWithItsOwnersClubOnTheConnection() {
        CurrentUser owner = new CurrentUser(UUID.randomUUID(), club.org, null, Set.of(Role.PLAYER), Set.of(), Set.of());
        String inside = FeedOwner.run(owner, () -> jdbc.queryForObject(
                "SELECT current_setting('hockeyhub.organization_id', true)", String.class));
        assertThat(inside).isEqualTo(club.org.toString());
        String outside = jdbc.queryForObject("SELECT current_setting('hockeyhub.organization_id', true)", String.class);
        assertThat(outside).isEqualTo("*");
    }
}
