package com.hockeyhub.calendar.participant;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RsvpApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JsonMapper json;
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

    UUID limitedEvent(int max, List<UUID> invitees) {
        club.register(roster, invitees);
        Response created = api.post(club.coach(), with(event("Extra ice", "training", start,
                start.plus(Duration.ofHours(1))), "maxParticipants", max, "defaultAttending", false,
                "participantIds", invitees), "/api/events");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.id();
    }

    Response rsvp(String token, UUID event, String status) {
        return api.put(token, Map.of("status", status), "/api/events/{id}/rsvp", event);
    }

    @Test
    void acceptsBeyondTheMaximumWaitInOrderAndTheFirstIsPromotedWhenSomeoneDeclines() {
        UUID event = limitedEvent(2, club.players);

        assertThat(rsvp(club.player(0), event, "accepted").get("rsvpStatus").asString()).isEqualTo("accepted");
        assertThat(rsvp(club.player(1), event, "accepted").get("rsvpStatus").asString()).isEqualTo("accepted");
        Response third = rsvp(club.player(2), event, "accepted");
        assertThat(third.get("rsvpStatus").asString()).isEqualTo("waitlisted");
        assertThat(third.get("waitlistPosition").asInt()).isEqualTo(1);
        Response fourth = rsvp(club.player(3), event, "accepted");
        assertThat(fourth.get("waitlistPosition").asInt()).isEqualTo(2);

        assertThat(rsvp(club.player(0), event, "declined").get("rsvpStatus").asString()).isEqualTo("declined");

        Response participants = api.get(club.coach(), "/api/events/{id}/participants?size=10", event);
        Map<String, String> status = new java.util.HashMap<>();
        participants.get("content").forEach(p -> status.put(p.get("userId").asString(), p.get("rsvpStatus").asString()));
        assertThat(status).containsEntry(club.players.get(2).toString(), "accepted")
                .containsEntry(club.players.get(3).toString(), "waitlisted")
                .containsEntry(club.players.get(0).toString(), "declined");
        Response counts = api.get(club.coach(), "/api/events/{id}", event);
        assertThat(counts.get("participants").get("accepted").asInt()).isEqualTo(2);
        assertThat(counts.get("participants").get("waitlisted").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.rsvp.changed' "
                + "AND envelope -> 'data' ->> 'eventId' = ? AND (envelope -> 'data' ->> 'promoted')::boolean",
                Integer.class, event.toString())).isEqualTo(1);

        // a tentative answer from an accepted participant also frees the place
        rsvp(club.player(1), event, "tentative");
        assertThat(api.get(club.coach(), "/api/events/{id}", event).get("participants").get("waitlisted").asInt())
                .isZero();
    }

    @Test
    void raisingTheMaximumPromotesWaitingParticipants() {
        UUID event = limitedEvent(1, club.players);
        rsvp(club.player(0), event, "accepted");
        rsvp(club.player(1), event, "accepted");
        Response current = api.get(club.coach(), "/api/events/{id}", event);
        Response raised = api.put(club.coach(), with(event("Extra ice", "training", start,
                start.plus(Duration.ofHours(1))), "maxParticipants", 3, "defaultAttending", false,
                "version", current.get("version").asLong()), "/api/events/{id}", event);
        assertThat(raised.status()).as(raised.text()).isEqualTo(200);
        assertThat(api.get(club.coach(), "/api/events/{id}", event).get("participants").get("accepted").asInt())
                .isEqualTo(2);
    }

    @Test
    void concurrentAcceptsNeverExceedTheMaximum() throws Exception {
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(UUID.randomUUID());
        }
        UUID event = limitedEvent(5, many);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Response>> calls = many.stream().<Callable<Response>>map(u -> () -> rsvp(
                    TestTokens.user(u).organization(club.org).roles(Role.PLAYER).bearer(), event, "accepted")).toList();
            List<String> outcomes = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                assertThat(f.get().status()).isEqualTo(200);
                outcomes.add(f.get().get("rsvpStatus").asString());
            }
            assertThat(outcomes.stream().filter("accepted"::equals)).hasSize(5);
            assertThat(outcomes.stream().filter("waitlisted"::equals)).hasSize(25);
        } finally {
            pool.shutdownNow();
        }
        Integer positions = jdbc.queryForObject("SELECT count(DISTINCT waitlisted_at) FROM event_participants "
                + "WHERE event_id = ? AND rsvp_status = 'waitlisted'", Integer.class, event);
        assertThat(positions).isPositive();
        assertThat(api.get(club.coach(), "/api/events/{id}", event).get("participants").get("accepted").asInt())
                .isEqualTo(5);
    }

    @Test
    void parentsAnswerForTheirChildrenOnly() {
        UUID event = limitedEvent(10, List.of(club.childId, club.players.get(0)));
        Response forChild = api.put(club.parent(), Map.of("status", "accepted", "userId", club.childId),
                "/api/events/{id}/rsvp", event);
        assertThat(forChild.status()).isEqualTo(200);
        assertThat(forChild.get("userId").asString()).isEqualTo(club.childId.toString());
        assertThat(forChild.get("respondedBy").asString()).isEqualTo(club.parentId.toString());
        Response forStranger = api.put(club.parent(), Map.of("status", "accepted", "userId", club.players.get(0)),
                "/api/events/{id}/rsvp", event);
        assertThat(forStranger.status()).isEqualTo(403);
        Response playerForOther = api.put(club.player(0), Map.of("status", "declined", "userId", club.childId),
                "/api/events/{id}/rsvp", event);
        assertThat(playerForOther.status()).isEqualTo(403);
    }

    @Test
    void noAnswersToCancelledEventsAndOnlyValidAnswers() {
        UUID event = limitedEvent(10, club.players);
        assertThat(rsvp(club.player(0), event, "maybe").status()).isEqualTo(400);
        assertThat(rsvp(club.player(0), event, "pending").status()).isEqualTo(400);
        assertThat(rsvp(club.player(0), event, "waitlisted").status()).isEqualTo(400);
        assertThat(api.put(club.player(0), Map.of(), "/api/events/{id}/rsvp", event).status()).isEqualTo(400);
        api.post(club.coach(), Map.of("reason", "Rain"), "/api/events/{id}/cancel", event);
        Response closed = rsvp(club.player(0), event, "accepted");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.detail()).contains("cancelled");
        assertThat(rsvp(new Club().player(0), event, "accepted").status()).isEqualTo(404);
    }

    @Test
    void staffInviteTeamsAndUsersAndRemoveParticipants() {
        UUID event = limitedEvent(2, List.of(club.players.get(0)));
        rsvp(club.player(0), event, "accepted");
        Response invited = api.post(club.coach(), Map.of("userIds", List.of(club.players.get(1), club.players.get(2))),
                "/api/events/{id}/participants", event);
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body()).hasSize(2);
        rsvp(club.player(1), event, "accepted");
        assertThat(rsvp(club.player(2), event, "accepted").get("rsvpStatus").asString()).isEqualTo("waitlisted");

        assertThat(api.post(club.player(0), Map.of("userIds", List.of(UUID.randomUUID())),
                "/api/events/{id}/participants", event).status()).isEqualTo(403);
        assertThat(api.post(club.coach(), Map.of(), "/api/events/{id}/participants", event).status()).isEqualTo(400);

        assertThat(api.delete(club.coach(), "/api/events/{id}/participants/{u}", event, club.players.get(0)).status())
                .isEqualTo(204);
        Response counts = api.get(club.coach(), "/api/events/{id}", event);
        assertThat(counts.get("participants").get("accepted").asInt()).isEqualTo(2);
        assertThat(counts.get("participants").get("waitlisted").asInt()).isZero();

        Response checkedIn = api.post(club.coach(), null, "/api/events/{id}/participants/{u}/check-in", event,
                club.players.get(1));
        assertThat(checkedIn.status()).isEqualTo(200);
        assertThat(checkedIn.get("checkedInAt").isNull()).isFalse();
    }

    @Test
    void anyClubMemberMayJoinAPublicEvent() {
        Response open = api.post(club.admin(), with(event("Open skate", "other", start, start.plus(Duration.ofHours(1))),
                "visibility", "public"), "/api/events");
        Response joined = rsvp(club.outsider(), open.id(), "accepted");
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.get("role").asString()).isEqualTo("optional");
    }
}
