package com.hockeyhub.calendar.roster;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.api.medical.MedicalEvents.PlayerStatusChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events from user-service and medical-service, through the outbox, JetStream and the calendar's consumers. */
@IntegrationTest
class RosterEventsTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JsonMapper json;
    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Club club;
    Instant soon;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().register(roster);
        soon = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    }

    void publish(String type, Object payload) {
        transactions.executeWithoutResult(status -> publisher.publish(type, club.org, payload));
    }

    UUID teamEvent(String title, Instant start, Map<String, Object> extra) {
        Map<String, Object> body = with(event(title, "training", start, start.plus(Duration.ofHours(1))),
                "teamId", club.team);
        body.putAll(extra);
        Response created = api.post(club.coach(), body, "/api/events");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.id();
    }

    Map<String, String> answers(UUID event) {
        Map<String, String> answers = new HashMap<>();
        api.get(club.coach(), "/api/events/{id}/participants?size=100", event).get("content")
                .forEach(p -> answers.put(p.get("userId").asString(), p.get("rsvpStatus").asString()));
        return answers;
    }

    @Test
    void aNewTeamMemberIsInvitedToTheTeamsFutureEventsAndALeaverRemoved() {
        UUID player = UUID.randomUUID();
        UUID future1 = teamEvent("Practice 1", soon, Map.of());
        UUID future2 = teamEvent("Practice 2", soon.plus(Duration.ofDays(2)), Map.of());
        UUID past = teamEvent("Last week", Instant.now().minus(Duration.ofDays(7)), Map.of());
        UUID cancelled = teamEvent("Cancelled", soon.plus(Duration.ofDays(1)), Map.of());
        api.post(club.coach(), Map.of("reason", "No ice"), "/api/events/{id}/cancel", cancelled);

        publish(EventTypes.TEAM_MEMBER_ADDED, new TeamMemberChanged(club.team, player, club.org, "player", 17, "defense"));

        await().atMost(PATIENCE).until(() -> answers(future1).containsKey(player.toString())
                && answers(future2).containsKey(player.toString()));
        // training defaults to attending
        assertThat(answers(future1).get(player.toString())).isEqualTo("accepted");
        assertThat(answers(past)).doesNotContainKey(player.toString());
        assertThat(answers(cancelled)).doesNotContainKey(player.toString());
        // the roster is kept (shared-lib's projection, its own consumer): a team event created now invites them too
        await().atMost(PATIENCE).until(() -> roster.isMember(club.team, player));
        UUID later = teamEvent("Practice 3", soon.plus(Duration.ofDays(4)), Map.of());
        assertThat(answers(later)).containsKey(player.toString());

        publish(EventTypes.TEAM_MEMBER_REMOVED, new TeamMemberChanged(club.team, player, club.org, "player", 17, null));
        await().atMost(PATIENCE).until(() -> !answers(future1).containsKey(player.toString())
                && !answers(later).containsKey(player.toString()));
        await().atMost(PATIENCE).until(() -> !roster.isMember(club.team, player));
    }

    @Test
    void anInjuredPlayerIsUnavailableAndTheirPlaceGoesToTheWaitingList() {
        UUID injured = club.players.get(0);
        UUID waiting = club.players.get(1);
        Response created = api.post(club.coach(), with(event("Extra ice", "training", soon,
                soon.plus(Duration.ofHours(1))), "maxParticipants", 1, "defaultAttending", false,
                "participantIds", List.of(injured, waiting)), "/api/events");
        UUID event = created.id();
        api.put(club.player(0), Map.of("status", "accepted"), "/api/events/{id}/rsvp", event);
        api.put(club.player(1), Map.of("status", "accepted"), "/api/events/{id}/rsvp", event);
        assertThat(answers(event)).containsEntry(waiting.toString(), "waitlisted");

        publish(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, new PlayerStatusChanged(injured, club.org, "injured",
                "available", LocalDate.now(), null, 0.0));

        await().atMost(PATIENCE).until(() -> "accepted".equals(answers(event).get(waiting.toString())));
        Response participants = api.get(club.coach(), "/api/events/{id}/participants", event);
        participants.get("content").forEach(p -> {
            if (p.get("userId").asString().equals(injured.toString())) {
                assertThat(p.get("rsvpStatus").asString()).isEqualTo("declined");
                assertThat(p.get("unavailable").asBoolean()).isTrue();
                assertThat(p.get("unavailableReason").asString()).isEqualTo("injured");
            }
        });

        publish(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, new PlayerStatusChanged(injured, club.org, "available",
                "injured", LocalDate.now(), null, 1.0));
        await().atMost(PATIENCE).until(() -> "pending".equals(answers(event).get(injured.toString())));
    }
}
