package com.hockeyhub.planning.seed;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.hockeyhub.planning.PlanningApiTestBase;
import com.hockeyhub.planning.season.PhaseAnnouncer;
import com.hockeyhub.shared.api.calendar.CalendarEvents.EventChanged;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DemoPlanningSeedTest extends PlanningApiTestBase {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventPublisher events;
    @Autowired
    PhaseAnnouncer announcer;

    static final String COACH = TestTokens.user(DemoClub.COACH).organization(DemoClub.ORGANIZATION)
            .roles(Role.COACH).teams(DemoClub.TEAM_U18_AAA).bearer();
    static final String PLAYER = TestTokens.user(DemoClub.PLAYER_1).organization(DemoClub.ORGANIZATION)
            .roles(Role.PLAYER).teams(DemoClub.TEAM_U18_AAA).bearer();

    void seed() {
        new DemoPlanningSeed(jdbc, transactions, announcer).run(new DefaultApplicationArguments());
    }

    @Test
    void theDemoClubsPlanningConverges() throws Exception {
        seed();
        String rows = "SELECT (SELECT count(*) FROM drills WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM season_plans WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM plan_phases WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM plan_goals WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM practice_plans WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM game_strategies WHERE organization_id = ?)";
        Object[] club = {DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION,
                DemoClub.ORGANIZATION, DemoClub.ORGANIZATION};
        int first = count(rows, club);
        seed();
        assertThat(count(rows, club)).isEqualTo(first).isEqualTo(DemoDrills.ALL.size() + 1 + 6 + 3 + 2 + 1);
        JsonNode plan = json(get(PLAYER, "/api/season-plans/{id}", DemoPlanningSeed.id("000000006101")));
        assertThat(plan.get("phases")).hasSize(6);
        // the phase the seeded season is in today is announced by the seed itself, once, not at the announcer's
        // next look (the seed's season runs from August 2026 to February 2027)
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int current = count("SELECT count(*) FROM plan_phases WHERE plan_id = ? AND ? BETWEEN starts_on AND ends_on",
                DemoPlanningSeed.id("000000006101"), Date.valueOf(today));
        assertThat(count("SELECT count(*) FROM phase_announcements a JOIN plan_phases ph ON ph.id = a.phase_id "
                + "WHERE ph.plan_id = ? AND ? BETWEEN ph.starts_on AND ph.ends_on",
                DemoPlanningSeed.id("000000006101"), Date.valueOf(today))).isEqualTo(current);
        assertThat(plan.get("goals").findValuesAsString("title")).containsExactly("Power play above 20 %",
                "Under 2.5 goals against a game", "Every skater plays both special teams drills");
    }

    @Test
    void theDrillLibraryIsAboutEightyValidDrillsWithDistinctNamesAndIds() throws Exception {
        seed();
        assertThat(DemoDrills.ALL).hasSizeBetween(80, 99);
        assertThat(DemoDrills.ALL.stream().map(DemoDrills.Drill::name).distinct()).hasSameSizeAs(DemoDrills.ALL);
        assertThat(DemoDrills.ALL.stream().map(DemoDrills.Drill::id).distinct()).hasSameSizeAs(DemoDrills.ALL);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (DemoDrills.Drill drill : DemoDrills.ALL) {
                assertThat(validator.validate(drill.request())).as(drill.name()).isEmpty();
                assertThat(drill.request().minPlayers()).as(drill.name())
                        .isLessThanOrEqualTo(drill.request().maxPlayers());
            }
        }
        // the first seed's ids stay: drill 1 keeps 0190d000-0000-7000-8000-000000006001
        JsonNode first = json(get(COACH, "/api/drills/{id}", DemoPlanningSeed.id("000000006001")));
        assertThat(first.get("name").asString()).isEqualTo("2-on-1 rush with backchecker");
        JsonNode last = json(get(COACH, "/api/drills/{id}", DemoDrills.ALL.get(DemoDrills.ALL.size() - 1).id()));
        assertThat(last.get("equipment").isEmpty()).isFalse();
        assertThat(json(get(COACH, "/api/drills?category=goalie&size=50")).get("totalElements").asInt())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void realQueriesFindTheExpectedSeededDrillFirst() throws Exception {
        seed();
        String[][] queries = {
                {"2-on-1 rush", "2-on-1 rush with backchecker"},
                {"penalty kill", "Penalty kill box rotation"},
                {"butterfly", "Goalie butterfly slides"},
                {"one-timer", "One-timers from the half wall"},
                {"forech", "1-2-2 forecheck"},
                {"gap control", "Gap control 1-on-1"}};
        for (String[] q : queries) {
            JsonNode found = json(get(COACH, "/api/drills?q={q}", q[0]));
            assertThat(found.at("/content/0/name").asString()).as(q[0]).isEqualTo(q[1]);
        }
        JsonNode u10 = json(get(COACH, "/api/drills?q=shot&ageGroup=U10&size=50"));
        assertThat(u10.get("content").findValuesAsString("name")).contains("Shooting in stride off the rush")
                .doesNotContain("One-timers from the half wall");
    }

    @Test
    void theSeededPracticesFitTheirRulesAndPlayersReadTheStrategyWithoutScoutingNotes() throws Exception {
        seed();
        JsonNode tuesday = json(get(COACH, "/api/practices/{id}", DemoPlanningSeed.id("000000006201")));
        assertThat(tuesday.get("status").asString()).isEqualTo("planned");
        assertThat(tuesday.get("plannedMinutes").asInt()).isLessThanOrEqualTo(tuesday.get("durationMinutes").asInt());
        tuesday.get("sections").forEach(section -> {
            int drills = 0;
            for (JsonNode slot : section.get("drills")) {
                drills += slot.get("minutes").asInt();
            }
            assertThat(drills).as(section.toString()).isLessThanOrEqualTo(section.get("minutes").asInt());
        });
        assertThat(json(get(PLAYER, "/api/practices/{id}/live", DemoPlanningSeed.id("000000006202")))
                .at("/next/drillName").asString()).isEqualTo("Edge work figure eights");
        JsonNode strategy = json(get(COACH, "/api/games/{game}/strategy", DemoClub.U18_AAA_FIRST_GAME));
        assertThat(strategy.get("opponent").asString()).isEqualTo("Lakeview Lynx");
        assertThat(strategy.get("gameDate").asString())
                .isEqualTo(DemoClub.gameDay(LocalDate.now(ZoneOffset.UTC), 0).toString());
        assertThat(strategy.get("scoutingNotes").asString()).contains("glove side");
        JsonNode seen = json(get(PLAYER, "/api/games/{game}/strategy", DemoClub.U18_AAA_FIRST_GAME));
        assertThat(seen.has("scoutingNotes")).isFalse();
        assertThat(seen.at("/lineups/goalies/starter").asString()).isEqualTo(DemoClub.PLAYER_3.toString());
    }

    @Test
    void theSeededPracticesAreLinkedToCalendarsSeededPracticesAndCancelledWithThem() throws Exception {
        seed();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String[] plans = {"000000006201", "000000006202"};
        for (int n = 0; n < plans.length; n++) {
            JsonNode plan = json(get(COACH, "/api/practices/{id}", DemoPlanningSeed.id(plans[n])));
            assertThat(plan.get("calendarEventId").asString()).isEqualTo(DemoClub.practice(1, n).toString());
            assertThat(plan.get("date").asString()).isEqualTo(DemoClub.practiceDay(today, 1, n).toString());
            assertThat(plan.get("startsAt").asString()).startsWith("17:45");
            assertThat(plan.get("title").asString()).startsWith(
                    DemoClub.practiceDay(today, 1, n).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.ENGLISH));
        }
        UUID second = DemoPlanningSeed.id("000000006202");
        try {
            transactions.executeWithoutResult(s -> events.publish(EventTypes.CALENDAR_EVENT_CANCELLED,
                    DemoClub.ORGANIZATION, new EventChanged(DemoClub.practice(1, 1), DemoClub.ORGANIZATION,
                            DemoClub.TEAM_U18_AAA, null, "Team practice", "training", "cancelled", "team",
                            Instant.now(), Instant.now().plus(Duration.ofMinutes(75)), "Demo Arena – Rink A",
                            DemoClub.COACH, "Rink closed for a tournament")));
            await().atMost(Duration.ofSeconds(30)).until(() -> "cancelled".equals(
                    json(get(COACH, "/api/practices/{id}", second)).get("status").asString()));
            assertThat(json(get(COACH, "/api/practices/{id}", DemoPlanningSeed.id("000000006201")))
                    .get("status").asString()).as("the other practice stays planned").isEqualTo("planned");
        } finally {
            // the other tests read the seeded practice as planned (the seed leaves an existing plan alone)
            jdbc.update("UPDATE practice_plans SET status = 'planned', cancel_reason = NULL WHERE id = ?", second);
        }
    }
}
