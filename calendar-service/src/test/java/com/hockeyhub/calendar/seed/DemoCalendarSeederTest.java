package com.hockeyhub.calendar.seed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoCalendarSeederTest {

    @Autowired
    DemoCalendarSeeder seeder;
    @Autowired
    com.hockeyhub.shared.roster.JdbcRoster roster;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    CalendarProperties properties;

    @Test
    void seedsASeasonARinkAGymAndBookingsOnceOnly() {
        UUID org = UUID.randomUUID();
        List<UUID> teams = List.of(UUID.randomUUID(), UUID.randomUUID());
        assertThat(seeder.seed(org, teams)).as("a rink and a gym, no events for teams nobody is on").isEqualTo(2);
        teams.forEach(team -> roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(team, UUID.randomUUID(), org, "coach", null, null), true));
        int created = seeder.seed(org, teams);
        // what the rest of the season holds depends on the day the seed runs: its games until the end of March, its
        // practices booked for the coming two weeks (at least one, holidays aside)
        LocalDate today = LocalDate.now(properties.defaultTimeZone());
        LocalDate seasonEnd = DemoCalendarSeeder.seasonEnd(today);
        int games = (int) IntStream.range(0, DemoClub.GAMES_PER_TEAM)
                .filter(n -> !DemoClub.gameDay(today, n).isAfter(seasonEnd)).count();
        // per team: its practice series, its games, a practice booked and a dryland session booked, at least
        assertThat(created).as("season events and bookings").isGreaterThanOrEqualTo(teams.size() * (1 + games + 2));
        assertThat(seeder.seed(org, teams)).isZero();

        Api api = new Api(mvc, json);
        String admin = TestTokens.user(UUID.randomUUID()).organization(org).roles(Role.CLUB_ADMIN).bearer();
        Instant now = Instant.now();
        Response season = api.get(admin, "/api/events?from={f}&to={t}&teamId={team}&size=100", now,
                now.plus(Duration.ofDays(365)), teams.get(0));
        assertThat(season.status()).isEqualTo(200);
        List<JsonNode> events = season.get("content").valueStream().toList();
        assertThat(events.stream().filter(e -> e.get("type").asString().equals("game"))).hasSize(games);
        assertThat(events.stream().filter(e -> e.get("type").asString().equals("training"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("seriesId").isNull()).isFalse());
        Response resources = api.get(admin, "/api/resources");
        assertThat(resources.get("content").valueStream().map(r -> r.get("type").asString()))
                .containsExactlyInAnyOrder("ice_rink", "gym");
        Response bookings = api.get(admin, "/api/bookings?from={f}&to={t}&size=100", now, now.plus(Duration.ofDays(60)));
        assertThat(bookings.get("totalElements").asInt()).isGreaterThan(2);
        assertThat(bookings.get("content").valueStream().map(b -> b.get("status").asString()))
                .contains("confirmed", "pending");
    }

    @Test
    void theDemoClubsGamesAndFirstPracticesHaveTheSharedIdsPlanningsSeedLinksTo() {
        DemoClub.TEAMS.forEach(team -> roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(team,
                DemoClub.COACH, DemoClub.ORGANIZATION, "coach", null, null), true));
        seeder.seed();
        Api api = new Api(mvc, json);
        String coach = TestTokens.user(DemoClub.COACH).organization(DemoClub.ORGANIZATION).roles(Role.COACH)
                .teams(DemoClub.TEAM_U18_AAA).bearer();
        Response first = api.get(coach, "/api/events/{id}", DemoClub.U18_AAA_FIRST_GAME);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.get("type").asString()).isEqualTo("game");
        assertThat(first.get("teamId").asString()).isEqualTo(DemoClub.TEAM_U18_AAA.toString());
        assertThat(first.get("opponent").asString()).isEqualTo("Lakeview Lynx");
        LocalDate day = Instant.parse(first.get("startAt").asString()).atZone(ZoneId.of("Europe/Stockholm"))
                .toLocalDate();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        assertThat(day).isIn(DemoClub.gameDay(today, 0), DemoClub.gameDay(today.minusDays(1), 0));
        for (int n = 0; n < DemoClub.NAMED_PRACTICES; n++) {
            Response practice = api.get(coach, "/api/events/{id}", DemoClub.practice(1, n));
            assertThat(practice.status()).as("practice " + n).isEqualTo(200);
            assertThat(practice.get("type").asString()).isEqualTo("training");
            assertThat(practice.get("seriesId").isNull()).isFalse();
            assertThat(Instant.parse(practice.get("startAt").asString()).atZone(ZoneId.of("Europe/Stockholm"))
                    .toLocalDate()).isIn(DemoClub.practiceDay(today, 1, n),
                    DemoClub.practiceDay(today.minusDays(1), 1, n));
        }
        assertThat(seeder.seed()).as("a second run changes nothing").isZero();
    }
}
