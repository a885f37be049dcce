package com.hockeyhub.calendar.ical;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.test.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IcalFeedTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcRoster roster;

    Api api;
    Club club;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().register(roster);
        roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(club.team, club.players.get(0), club.org, "player", null, null), true);
    }

    static Calendar parse(Response response) throws Exception {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(response.text()));
    }

    static List<VEvent> vevents(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void theTeamFeedIsValidIcalendarWithTheSeriesAsRruleAndExdate() throws Exception {
        LocalDate tuesday = LocalDate.now(STOCKHOLM).plusWeeks(1).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
        Instant start = ZonedDateTime.of(tuesday.atTime(18, 0), STOCKHOLM).toInstant();
        Response series = api.post(club.coach(), with(event("Practice", "training", start,
                start.plus(Duration.ofMinutes(90))), "teamId", club.team, "location", "Rink A",
                "recurrence", Map.of("rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
                        "exceptionDates", List.of(tuesday.plusWeeks(1).toString()))), "/api/events");
        assertThat(series.status()).as(series.text()).isEqualTo(201);
        UUID seriesId = UUID.fromString(series.get("seriesId").asString());
        Response game = api.post(club.coach(), with(event("Derby; \"big\" game, finally", "game",
                start.plus(Duration.ofDays(2)), start.plus(Duration.ofDays(2)).plus(Duration.ofHours(2))),
                "teamId", club.team, "opponent", "Rivals HC", "homeAway", "away"), "/api/events");
        // one occurrence moved, one cancelled
        List<UUID> occurrences = api.get(club.coach(), "/api/events?from={f}&to={t}&teamId={team}&type=training",
                start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(40)), club.team).body().get("content")
                .valueStream().map(n -> UUID.fromString(n.get("id").asString())).toList();
        assertThat(occurrences).hasSize(3);
        Instant movedStart = start.plus(Duration.ofDays(14)).plus(Duration.ofHours(1));
        assertThat(api.put(club.coach(), with(event("Practice (late)", "training", movedStart,
                movedStart.plus(Duration.ofMinutes(90))), "teamId", club.team), "/api/events/{id}?scope=this",
                occurrences.get(1)).status()).isEqualTo(200);
        assertThat(api.post(club.coach(), Map.of(), "/api/events/{id}/cancel", occurrences.get(2)).status())
                .isEqualTo(200);

        Response feed = api.get(club.player(0), "/api/calendar/teams/{team}.ics", club.team);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");
        Calendar calendar = parse(feed);
        calendar.validate();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);

        List<VEvent> events = vevents(calendar);
        assertThat(events).hasSize(3);
        VEvent master = events.stream().filter(e -> e.getProperty("RRULE").isPresent()).findFirst().orElseThrow();
        assertThat(prop(master, "UID")).isEqualTo(seriesId + "@calendar.hockeyhub");
        assertThat(prop(master, "RRULE")).isEqualTo("FREQ=WEEKLY;COUNT=4;BYDAY=TU");
        assertThat(prop(master, "SUMMARY")).isEqualTo("Practice");
        assertThat(prop(master, "LOCATION")).isEqualTo("Rink A");
        assertThat(master.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Stockholm");
        String exdates = String.join(",", master.getProperties("EXDATE").stream().map(Property::getValue).toList());
        String excluded = tuesday.plusWeeks(1).toString().replace("-", "") + "T180000";
        String cancelledDate = tuesday.plusWeeks(3).toString().replace("-", "") + "T180000";
        assertThat(exdates).contains(excluded).contains(cancelledDate);

        VEvent override = events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isPresent()).findFirst()
                .orElseThrow();
        assertThat(prop(override, "UID")).isEqualTo(seriesId + "@calendar.hockeyhub");
        assertThat(prop(override, "SUMMARY")).isEqualTo("Practice (late)");
        assertThat(prop(override, "RECURRENCE-ID")).isEqualTo(tuesday.plusWeeks(2).toString().replace("-", "") + "T180000");
        assertThat(prop(override, "DTSTART")).isEqualTo(tuesday.plusWeeks(2).toString().replace("-", "") + "T190000");

        VEvent single = events.stream().filter(e -> prop(e, "UID").startsWith(game.id().toString())).findFirst()
                .orElseThrow();
        assertThat(prop(single, "SUMMARY")).isEqualTo("Derby; \"big\" game, finally");
        assertThat(prop(single, "DESCRIPTION")).contains("Rivals HC");
        assertThat(prop(single, "CATEGORIES")).isEqualTo("game");
    }

    @Test
    void aPersonalFeedTokenOpensTheFeedWithoutABearerTokenAndCanBeRevoked() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        api.post(club.coach(), with(event("Practice", "training", start, start.plus(Duration.ofHours(1))),
                "teamId", club.team), "/api/events");
        api.post(club.admin(), with(event("Private talk", "meeting", start, start.plus(Duration.ofHours(1))),
                "visibility", "private", "participantIds", List.of(club.players.get(1))), "/api/events");
        api.post(club.admin(), with(event("Open skate", "other", start, start.plus(Duration.ofHours(1))),
                "visibility", "public"), "/api/events");

        Response issued = api.post(club.player(0), null, "/api/calendar/feed-token");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.get("token").asString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(issued.get("personalFeedUrl").asString()).endsWith("/api/calendar/feeds/" + token + ".ics");

        Response personal = api.get(null, "/api/calendar/feeds/{token}.ics", token);
        assertThat(vevents(parse(personal))).extracting(e -> prop(e, "SUMMARY")).containsExactly("Practice");
        Response team = api.get(null, "/api/calendar/teams/{team}.ics?token={t}", club.team, token);
        assertThat(vevents(parse(team))).hasSize(1);

        assertThat(api.get(null, "/api/calendar/feeds/{token}.ics", "x".repeat(43)).status()).isEqualTo(404);
        assertThat(api.get(null, "/api/calendar/teams/{team}.ics", club.team).status()).isEqualTo(404);

        // rotating replaces the old token
        String rotated = api.post(club.player(0), null, "/api/calendar/feed-token").get("token").asString();
        assertThat(api.get(null, "/api/calendar/feeds/{token}.ics", token).status()).isEqualTo(404);
        assertThat(api.get(null, "/api/calendar/feeds/{token}.ics", rotated).status()).isEqualTo(200);
        assertThat(api.delete(club.player(0), "/api/calendar/feed-token").status()).isEqualTo(204);
        assertThat(api.get(null, "/api/calendar/feeds/{token}.ics", rotated).status()).isEqualTo(404);
        assertThat(api.post(null, null, "/api/calendar/feed-token").status()).isEqualTo(401);
    }

    @Test
    void anotherClubsFeedShowsNothingOfThisClub() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        api.post(club.coach(), with(event("Practice", "training", start, start.plus(Duration.ofHours(1))),
                "teamId", club.team, "visibility", "public"), "/api/events");
        Club other = new Club();
        Response foreign = api.get(other.admin(), "/api/calendar/teams/{team}.ics", club.team);
        assertThat(foreign.status()).isEqualTo(404); // not an empty calendar that confirms the team exists
        assertThat(foreign.text()).doesNotContain("Practice");
    }
}
