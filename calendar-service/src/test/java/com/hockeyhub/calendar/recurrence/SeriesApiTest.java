package com.hockeyhub.calendar.recurrence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Recurring series over HTTP. Dates are in March 2027: Sweden moves to summer time on Sunday 28 March. */
@IntegrationTest
class SeriesApiTest {

    static final String RANGE = "/api/events?from=2027-03-01T00:00:00Z&to=2027-05-01T00:00:00Z&size=100";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JsonMapper json;

    Api api;
    Club club;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().register(roster);
    }

    Map<String, Object> practices(String rrule) {
        // 18:00 Stockholm time (CET, UTC+1) on Tuesday 16 March 2027
        return with(event("Practice", "training", Instant.parse("2027-03-16T17:00:00Z"),
                Instant.parse("2027-03-16T18:30:00Z")), "teamId", club.team, "location", "Rink A",
                "timeZone", "Europe/Stockholm", "participantIds", club.players,
                "recurrence", Map.of("rrule", rrule));
    }

    List<JsonNode> listed() {
        Response page = api.get(club.coach(), RANGE);
        assertThat(page.status()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        page.get("content").forEach(events::add);
        return events;
    }

    static List<String> starts(List<JsonNode> events) {
        return events.stream().map(e -> e.get("startAt").asString()).toList();
    }

    @Test
    void aWeeklySeriesExpandsInStockholmTimeAcrossTheDstChange() {
        Response first = api.post(club.coach(), practices("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"), "/api/events");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.get("rrule").asString()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6");
        UUID seriesId = UUID.fromString(first.get("seriesId").asString());

        List<JsonNode> events = listed();
        // 18:00 local is 17:00Z before the change and 16:00Z after it
        assertThat(starts(events)).containsExactly("2027-03-16T17:00:00Z", "2027-03-18T17:00:00Z",
                "2027-03-23T17:00:00Z", "2027-03-25T17:00:00Z", "2027-03-30T16:00:00Z", "2027-04-01T16:00:00Z");
        assertThat(events).allSatisfy(e -> assertThat(e.get("seriesId").asString()).isEqualTo(seriesId.toString()));
        // the team's roster: four players, the child and the coach
        assertThat(events).allSatisfy(e -> assertThat(e.get("participants").get("invited").asInt()).isEqualTo(6));

        Response occurrences = api.get(club.player(0), "/api/events/series/{id}/occurrences?from={f}&to={t}",
                seriesId, "2027-03-20T00:00:00Z", "2027-03-31T00:00:00Z");
        assertThat(occurrences.status()).isEqualTo(200);
        assertThat(occurrences.get("occurrences")).hasSize(3);
        assertThat(occurrences.get("occurrences").get(2).get("localStart").asString()).isEqualTo("2027-03-30T18:00:00");
        assertThat(occurrences.get("occurrences").get(2).get("eventId").isNull()).isFalse();
    }

    @Test
    void exceptionDatesLeaveGaps() {
        Map<String, Object> body = practices("FREQ=WEEKLY;BYDAY=TU;COUNT=4");
        body.put("recurrence", Map.of("rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4", "exceptionDates", List.of("2027-03-23")));
        assertThat(api.post(club.coach(), body, "/api/events").status()).isEqualTo(201);
        assertThat(starts(listed())).containsExactly("2027-03-16T17:00:00Z", "2027-03-30T16:00:00Z",
                "2027-04-06T16:00:00Z");
    }

    @Test
    void unboundedAndUnparsableRulesAreRefused() {
        Response unbounded = api.post(club.coach(), practices("FREQ=WEEKLY;BYDAY=TU"), "/api/events");
        assertThat(unbounded.status()).isEqualTo(422);
        assertThat(unbounded.detail()).contains("without end");
        Response tooMany = api.post(club.coach(), practices("FREQ=DAILY;COUNT=5000"), "/api/events");
        assertThat(tooMany.status()).isEqualTo(422);
        Response garbage = api.post(club.coach(), practices("EVERY TUESDAY"), "/api/events");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.get("errors").get(0).get("field").asString()).isEqualTo("recurrence.rrule");
        Response yearly = api.post(club.coach(), practices("FREQ=YEARLY;COUNT=3"), "/api/events");
        assertThat(yearly.status()).isEqualTo(400);
        assertThat(yearly.detail()).contains("YEARLY");
        assertThat(listed()).isEmpty();
    }

    @Test
    void editingOneOccurrenceDetachesOnlyIt() {
        api.post(club.coach(), practices("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4"), "/api/events");
        List<JsonNode> events = listed();
        UUID second = UUID.fromString(events.get(1).get("id").asString());
        Map<String, Object> moved = with(event("Practice (moved)", "training", Instant.parse("2027-03-18T18:00:00Z"),
                Instant.parse("2027-03-18T19:00:00Z")), "teamId", club.team, "location", "Rink B");

        Response updated = api.put(club.coach(), moved, "/api/events/{id}?scope=this", second);
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.get("detached").asBoolean()).isTrue();

        List<JsonNode> after = listed();
        assertThat(after).extracting(e -> e.get("title").asString())
                .containsExactly("Practice", "Practice (moved)", "Practice", "Practice");
        assertThat(after.get(2).get("detached").asBoolean()).isFalse();
        assertThat(api.put(club.coach(), with(moved, "recurrence", Map.of("rrule", "FREQ=DAILY;COUNT=2")),
                "/api/events/{id}?scope=this", second).status()).isEqualTo(400);
        assertThat(api.put(club.coach(), moved, "/api/events/{id}?scope=sometimes", second).status()).isEqualTo(400);
    }

    @Test
    void editingThisAndFollowingSplitsTheSeriesAndKeepsAnswers() {
        Response first = api.post(club.coach(), practices("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"), "/api/events");
        UUID oldSeries = UUID.fromString(first.get("seriesId").asString());
        List<JsonNode> events = listed();
        UUID fourth = UUID.fromString(events.get(3).get("id").asString());
        UUID fifth = UUID.fromString(events.get(4).get("id").asString());
        assertThat(api.put(club.player(0), Map.of("status", "declined"), "/api/events/{id}/rsvp", fifth).status())
                .isEqualTo(200);

        // from Thursday 25 March on, practice is an hour later (19:00 local)
        Response split = api.put(club.coach(), with(event("Late practice", "training",
                Instant.parse("2027-03-25T18:00:00Z"), Instant.parse("2027-03-25T19:30:00Z")), "teamId", club.team,
                "timeZone", "Europe/Stockholm"), "/api/events/{id}?scope=following", fourth);
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        UUID newSeries = UUID.fromString(split.get("seriesId").asString());
        assertThat(newSeries).isNotEqualTo(oldSeries);
        assertThat(split.get("id").asString()).isEqualTo(fourth.toString());
        assertThat(split.get("rrule").asString()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3");

        List<JsonNode> after = listed();
        assertThat(starts(after)).containsExactly("2027-03-16T17:00:00Z", "2027-03-18T17:00:00Z",
                "2027-03-23T17:00:00Z", "2027-03-25T18:00:00Z", "2027-03-30T17:00:00Z", "2027-04-01T17:00:00Z");
        assertThat(after.subList(0, 3)).allSatisfy(e -> {
            assertThat(e.get("seriesId").asString()).isEqualTo(oldSeries.toString());
            assertThat(e.get("title").asString()).isEqualTo("Practice");
            assertThat(e.get("rrule").asString()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270325T165959Z");
        });
        assertThat(after.subList(3, 6)).allSatisfy(e -> {
            assertThat(e.get("seriesId").asString()).isEqualTo(newSeries.toString());
            assertThat(e.get("title").asString()).isEqualTo("Late practice");
        });
        // the occurrences kept their ids and the answers given to them
        assertThat(after.get(4).get("id").asString()).isEqualTo(fifth.toString());
        assertThat(after.get(4).get("participants").get("declined").asInt()).isEqualTo(1);

        Response oldOccurrences = api.get(club.coach(), "/api/events/series/{id}/occurrences?from={f}&to={t}",
                oldSeries, "2027-03-01T00:00:00Z", "2027-05-01T00:00:00Z");
        assertThat(oldOccurrences.get("occurrences")).hasSize(3);
    }

    @Test
    void editingAllRedefinesTheSeries() {
        api.post(club.coach(), practices("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4"), "/api/events");
        UUID third = UUID.fromString(listed().get(2).get("id").asString());

        Response all = api.put(club.coach(), with(event("Practice", "training", Instant.parse("2027-03-16T17:00:00Z"),
                Instant.parse("2027-03-16T18:30:00Z")), "teamId", club.team, "location", "Rink C",
                "recurrence", Map.of("rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3")), "/api/events/{id}?scope=all", third);
        assertThat(all.status()).as(all.text()).isEqualTo(200);

        List<JsonNode> after = listed();
        List<JsonNode> active = after.stream().filter(e -> !e.get("status").asString().equals("cancelled")).toList();
        assertThat(starts(active)).containsExactly("2027-03-16T17:00:00Z", "2027-03-23T17:00:00Z",
                "2027-03-30T16:00:00Z");
        assertThat(active).allSatisfy(e -> assertThat(e.get("location").asString()).isEqualTo("Rink C"));
        // the Thursday occurrences are no longer part of the rule: cancelled, so their participants learn of it
        assertThat(after.stream().filter(e -> e.get("status").asString().equals("cancelled"))).hasSize(2);
    }

    @Test
    void cancellingThisAndFollowingEndsTheSeries() {
        Response first = api.post(club.coach(), practices("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4"), "/api/events");
        UUID third = UUID.fromString(listed().get(2).get("id").asString());

        Response cancelled = api.post(club.coach(), Map.of("reason", "Season over"),
                "/api/events/{id}/cancel?scope=following", third);
        assertThat(cancelled.status()).isEqualTo(200);

        assertThat(listed()).extracting(e -> e.get("status").asString())
                .containsExactly("scheduled", "scheduled", "cancelled", "cancelled");
        Response occurrences = api.get(club.coach(), "/api/events/series/{id}/occurrences?from={f}&to={t}",
                first.get("seriesId").asString(), "2027-03-01T00:00:00Z", "2027-05-01T00:00:00Z");
        assertThat(occurrences.get("rrule").asString()).contains("UNTIL=");
        assertThat(occurrences.get("occurrences")).hasSize(2);
    }
}
