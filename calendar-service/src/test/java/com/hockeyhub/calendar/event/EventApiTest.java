package com.hockeyhub.calendar.event;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EventApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Club club;
    Instant tomorrow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().register(roster);
        tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        for (UUID player : club.players) {
            roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(club.team, player, club.org, "player", null, null), true);
        }
        roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(club.team, club.childId, club.org, "player", null, null), true);
        roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(club.team, club.coachId, club.org, "coach", null, null), true);
    }

    /**
     * A range the services require is documented as required (it is bound as optional so that its 400 names it):
     * clients and the suite's generated requests send it.
     */
    @Test
    void everyRequiredRangeIsRequiredInTheOpenApiDocument() {
        Response missing = api.get(club.admin(), "/api/events?to=2026-12-31T00:00:00Z");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors/0/field").asString()).isEqualTo("from");
        JsonNode paths = api.get(null, "/v3/api-docs").body().get("paths");
        for (String path : List.of("/api/events", "/api/events/series/{seriesId}/occurrences", "/api/bookings",
                "/api/resources/{id}/availability")) {
            List<String> required = new ArrayList<>();
            paths.get(path).get("get").get("parameters").forEach(p -> {
                if (p.path("required").asBoolean()) {
                    required.add(p.get("name").asString());
                }
            });
            assertThat(required).as(path).contains("from", "to");
        }
    }

    /** Issue 23: a list filtered by another club's team or person answers 404, not an empty page. */
    @Test
    void aListFilteredByAnotherClubsTeamOrPersonIsA404() {
        Response created = api.post(club.coach(), with(event("Practice", "training", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "teamId", club.team), "/api/events");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String range = "/api/events?from=" + tomorrow.minusSeconds(3600) + "&to=" + tomorrow.plusSeconds(7200);
        UUID player = club.players.get(0);
        assertThat(api.get(club.admin(), range + "&teamId=" + club.team).get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get(club.admin(), range + "&participantId=" + player).status()).isEqualTo(200);
        Club other = new Club().register(roster);
        for (String filter : List.of("&teamId=" + club.team, "&participantId=" + player,
                "&participantId=" + UUID.randomUUID())) {
            Response answer = api.get(other.admin(), range + filter);
            assertThat(answer.status()).as(filter).isEqualTo(404);
        }
    }

    /** Issue 24 (3): a page number whose offset overflows an int was a 500. */
    @Test
    void aHugePageNumberIsA400NamingPage() {
        Response huge = api.get(club.admin(), "/api/events?page=21474837&size=100");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body().at("/errors/0/field").asString()).isEqualTo("page");
    }

    @Test
    void aCoachCreatesATeamGameThatInvitesTheRosterAndPublishesCreated() {
        Response created = api.post(club.coach(), with(event("Derby vs Rivals", "game", tomorrow,
                tomorrow.plus(Duration.ofHours(2))), "teamId", club.team, "opponent", "Rivals HC", "homeAway", "home",
                "location", "Main Rink"), "/api/events");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.body();
        assertThat(body.get("type").asString()).isEqualTo("game");
        assertThat(body.get("status").asString()).isEqualTo("scheduled");
        assertThat(body.get("visibility").asString()).isEqualTo("team");
        assertThat(body.get("homeAway").asString()).isEqualTo("home");
        assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Stockholm");
        assertThat(body.get("reminderMinutes").toString()).isEqualTo("[120,60,15]");
        assertThat(body.get("participants").get("invited").asInt()).isEqualTo(6);
        assertThat(body.get("participants").get("pending").asInt()).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.event.created' "
                + "AND envelope -> 'data' ->> 'eventId' = ?", Integer.class, created.id().toString())).isEqualTo(1);

        Response participants = api.get(club.coach(), "/api/events/{id}/participants?size=50", created.id());
        assertThat(participants.status()).isEqualTo(200);
        assertThat(participants.get("totalElements").asInt()).isEqualTo(6);
    }

    @Test
    void trainingsDefaultToAttendingAndTheirReminders() {
        Response created = api.post(club.coach(), with(event("Practice", "training", tomorrow,
                tomorrow.plus(Duration.ofMinutes(90))), "teamId", club.team), "/api/events");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.get("defaultAttending").asBoolean()).isTrue();
        assertThat(created.get("reminderMinutes").toString()).isEqualTo("[60,15]");
        assertThat(created.get("participants").get("accepted").asInt()).isEqualTo(6);
    }

    @Test
    void theListNeedsABoundedRangeAndFiltersByTeamTypeAndParticipant() {
        UUID game = api.post(club.coach(), with(event("Game", "game", tomorrow, tomorrow.plus(Duration.ofHours(2))),
                "teamId", club.team), "/api/events").id();
        UUID meeting = api.post(club.admin(), with(event("Board meeting", "meeting", tomorrow.plus(Duration.ofHours(3)),
                tomorrow.plus(Duration.ofHours(4))), "participantIds", List.of(club.players.get(0))), "/api/events").id();
        String from = tomorrow.minus(Duration.ofDays(1)).toString();
        String to = tomorrow.plus(Duration.ofDays(2)).toString();

        assertThat(ids(api.get(club.admin(), "/api/events?from={f}&to={t}", from, to))).containsExactly(game, meeting);
        assertThat(ids(api.get(club.admin(), "/api/events?from={f}&to={t}&type=meeting", from, to)))
                .containsExactly(meeting);
        assertThat(ids(api.get(club.admin(), "/api/events?from={f}&to={t}&teamId={team}", from, to, club.team)))
                .containsExactly(game);
        assertThat(ids(api.get(club.admin(), "/api/events?from={f}&to={t}&participantId={p}", from, to,
                club.players.get(0)))).containsExactly(game, meeting);

        Response missing = api.get(club.admin(), "/api/events?to={t}", to);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("from");
        Response tooWide = api.get(club.admin(), "/api/events?from={f}&to={t}", from,
                tomorrow.plus(Duration.ofDays(400)).toString());
        assertThat(tooWide.status()).isEqualTo(400);
        assertThat(tooWide.detail()).contains("366 days");
        Response reversed = api.get(club.admin(), "/api/events?from={f}&to={t}", to, from);
        assertThat(reversed.status()).isEqualTo(400);
        Response badType = api.get(club.admin(), "/api/events?from={f}&to={t}&type=party", from, to);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.get("errors").get(0).get("field").asString()).isEqualTo("type");
        Response badSort = api.get(club.admin(), "/api/events?from={f}&to={t}&sort=password", from, to);
        assertThat(badSort.status()).isEqualTo(400);
    }

    @Test
    void visibilityFollowsTeamsChildrenRolesAndPrivacy() {
        UUID teamEvent = api.post(club.coach(), with(event("Team practice", "training", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "teamId", club.team, "defaultAttending", false), "/api/events").id();
        UUID publicEvent = api.post(club.admin(), with(event("Club party", "team_event", tomorrow,
                tomorrow.plus(Duration.ofHours(3))), "visibility", "public"), "/api/events").id();
        UUID privateEvent = api.post(club.admin(), with(event("Contract talk", "meeting", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "visibility", "private", "participantIds",
                List.of(club.players.get(1))), "/api/events").id();
        UUID staffOnly = api.post(club.admin(), with(event("Staff meeting", "meeting", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "visibility", "role_based", "visibleRoles",
                List.of("coach", "medical_staff")), "/api/events").id();
        String range = "/api/events?from=" + tomorrow.minus(Duration.ofDays(1)) + "&to=" + tomorrow.plus(Duration.ofDays(1));

        assertThat(ids(api.get(club.player(0), range))).containsExactlyInAnyOrder(teamEvent, publicEvent);
        assertThat(ids(api.get(club.player(1), range))).containsExactlyInAnyOrder(teamEvent, publicEvent, privateEvent);
        // the parent's token carries no team: they see the team practice because their child is invited
        assertThat(ids(api.get(club.parent(), range))).containsExactlyInAnyOrder(teamEvent, publicEvent);
        assertThat(ids(api.get(club.coach(), range))).containsExactlyInAnyOrder(teamEvent, publicEvent, staffOnly);
        assertThat(ids(api.get(club.outsider(), range))).containsExactly(publicEvent);
        assertThat(ids(api.get(club.admin(), range))).contains(teamEvent, publicEvent, privateEvent, staffOnly);

        assertThat(api.get(club.player(0), "/api/events/{id}", privateEvent).status()).isEqualTo(404);
        assertThat(api.get(club.player(1), "/api/events/{id}", privateEvent).status()).isEqualTo(200);
        assertThat(api.get(club.outsider(), "/api/events/{id}", teamEvent).status()).isEqualTo(404);
        assertThat(api.get(club.player(0), "/api/events/{id}", staffOnly).status()).isEqualTo(404);
        assertThat(api.get(club.parent(), "/api/events/{id}", teamEvent).status()).isEqualTo(200);
    }

    @Test
    void upcomingShowsTheCallersOwnChildrensAndTeamsEvents() {
        UUID teamEvent = api.post(club.coach(), with(event("Practice", "training", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "teamId", club.team), "/api/events").id();
        api.post(club.admin(), with(event("Open skate", "other", tomorrow, tomorrow.plus(Duration.ofHours(1))),
                "visibility", "public"), "/api/events");
        api.post(club.coach(), with(event("Long ago", "training", tomorrow.minus(Duration.ofDays(3)),
                tomorrow.minus(Duration.ofDays(3)).plus(Duration.ofHours(1))), "teamId", club.team), "/api/events");

        assertThat(ids(api.get(club.player(0), "/api/events/upcoming"))).containsExactly(teamEvent);
        assertThat(ids(api.get(club.parent(), "/api/events/upcoming"))).containsExactly(teamEvent);
        assertThat(api.get(club.player(0), "/api/events/upcoming?days=0").status()).isEqualTo(400);
    }

    @Test
    void updatesNeedTheCurrentVersionAndCancellingTellsParticipants() {
        Map<String, Object> body = with(event("Practice", "training", tomorrow, tomorrow.plus(Duration.ofHours(1))),
                "teamId", club.team);
        Response created = api.post(club.coach(), body, "/api/events");
        long version = created.get("version").asLong();

        Response updated = api.put(club.coach(), with(body, "title", "Practice (ice B)", "location", "Rink B",
                "version", version), "/api/events/{id}", created.id());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.get("title").asString()).isEqualTo("Practice (ice B)");
        Response stale = api.put(club.coach(), with(body, "title", "Stale", "version", version),
                "/api/events/{id}", created.id());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("code").asString()).isEqualTo("CONCURRENT_MODIFICATION");

        assertThat(api.put(club.player(0), with(body, "version", null), "/api/events/{id}", created.id()).status())
                .isEqualTo(403);
        Response delete = api.delete(club.coach(), "/api/events/{id}", created.id());
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.detail()).contains("cancel");

        Response cancelled = api.post(club.coach(), Map.of("reason", "Ice maintenance"), "/api/events/{id}/cancel",
                created.id());
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.get("cancelReason").asString()).isEqualTo("Ice maintenance");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.event.cancelled' "
                + "AND envelope -> 'data' ->> 'eventId' = ?", Integer.class, created.id().toString())).isEqualTo(1);
        assertThat(api.get(club.player(0), "/api/events/{id}", created.id()).get("status").asString())
                .isEqualTo("cancelled");
        assertThat(api.put(club.coach(), with(body, "version", null), "/api/events/{id}", created.id()).status())
                .isEqualTo(409);
        assertThat(api.post(club.coach(), null, "/api/events/{id}/cancel", created.id()).status()).isEqualTo(409);
    }

    @Test
    void draftsCanBeDeleted() {
        Response draft = api.post(club.coach(), with(event("Maybe", "meeting", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "status", "draft"), "/api/events");
        assertThat(draft.status()).isEqualTo(201);
        assertThat(api.delete(club.coach(), "/api/events/{id}", draft.id()).status()).isEqualTo(204);
        assertThat(api.get(club.coach(), "/api/events/{id}", draft.id()).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Response endBeforeStart = api.post(club.coach(), event("Backwards", "training", tomorrow,
                tomorrow.minus(Duration.ofHours(1))), "/api/events");
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.get("errors").get(0).get("field").asString()).isEqualTo("endAt");

        Response missingTitle = api.post(club.coach(), with(event(null, "training", tomorrow,
                tomorrow.plus(Duration.ofHours(1)))), "/api/events");
        assertThat(missingTitle.status()).isEqualTo(400);
        assertThat(missingTitle.get("errors").get(0).get("field").asString()).isEqualTo("title");

        Response badType = api.post(club.coach(), event("Party", "party", tomorrow, tomorrow.plus(Duration.ofHours(1))),
                "/api/events");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.get("errors").get(0).get("field").asString()).isEqualTo("type");

        Response badZone = api.post(club.coach(), with(event("Zone", "meeting", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "timeZone", "Mars/Olympus"), "/api/events");
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.get("errors").get(0).get("field").asString()).isEqualTo("timeZone");

        Response gameDetailsOnTraining = api.post(club.coach(), with(event("Practice", "training", tomorrow,
                tomorrow.plus(Duration.ofHours(1))), "opponent", "Rivals"), "/api/events");
        assertThat(gameDetailsOnTraining.status()).isEqualTo(400);

        Response tooLong = api.post(club.coach(), event("Camp", "training", tomorrow, tomorrow.plus(Duration.ofDays(20))),
                "/api/events");
        assertThat(tooLong.status()).isEqualTo(400);

        Response malformed = api.post(club.coach(), "{\"title\": ", "/api/events");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void rolesAndTeamsLimitWhoSchedules() {
        Map<String, Object> teamGame = with(event("Game", "game", tomorrow, tomorrow.plus(Duration.ofHours(2))),
                "teamId", club.team);
        assertThat(api.post(club.player(0), teamGame, "/api/events").status()).isEqualTo(403);
        assertThat(api.post(club.parent(), teamGame, "/api/events").status()).isEqualTo(403);
        String otherCoach = TestTokens.user(UUID.randomUUID()).organization(club.org).roles(Role.COACH)
                .teams(club.otherTeam).bearer();
        assertThat(api.post(otherCoach, teamGame, "/api/events").status()).isEqualTo(403);
        assertThat(api.post(club.coach(), event("Physio", "medical", tomorrow, tomorrow.plus(Duration.ofHours(1))),
                "/api/events").status()).isEqualTo(403);
        assertThat(api.post(null, teamGame, "/api/events").status()).isEqualTo(401);
        String expired = TestTokens.user(club.coachId).organization(club.org).roles(Role.COACH).expired().bearer();
        assertThat(api.get(expired, "/api/events/upcoming").status()).isEqualTo(401);
    }

    @Test
    void anotherClubNeverSeesThisClubsEvents() {
        UUID publicEvent = api.post(club.admin(), with(event("Open day", "team_event", tomorrow,
                tomorrow.plus(Duration.ofHours(2))), "visibility", "public"), "/api/events").id();
        Club other = new Club();
        String range = "/api/events?from=" + tomorrow.minus(Duration.ofDays(1)) + "&to=" + tomorrow.plus(Duration.ofDays(1));

        assertThat(ids(api.get(other.admin(), range))).doesNotContain(publicEvent);
        assertThat(api.get(other.admin(), "/api/events/{id}", publicEvent).status()).isEqualTo(404);
        assertThat(api.post(other.admin(), Map.of(), "/api/events/{id}/cancel", publicEvent).status()).isEqualTo(404);
        assertThat(api.put(other.player(0), Map.of("status", "accepted"), "/api/events/{id}/rsvp", publicEvent)
                .status()).isEqualTo(404);
        assertThat(api.get(club.admin(), "/api/events/{id}", publicEvent).status()).isEqualTo(200);
    }

    static List<UUID> ids(Response page) {
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        page.get("content").forEach(n -> ids.add(UUID.fromString(n.get("id").asString())));
        return ids;
    }
}
