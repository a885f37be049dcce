package com.hockeyhub.planning.season;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.planning.PlanningApiTestBase;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.test.FixturesAcrossClubs;
import com.hockeyhub.shared.test.saga.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SeasonPlanTest extends PlanningApiTestBase {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventPublisher events;
    @Autowired
    CacheTagInvalidator invalidator;

    String plan(UUID team, String season, LocalDate start) {
        return "{\"teamId\":\"%s\",\"season\":\"%s\",\"template\":\"youth-30\",\"startsOn\":\"%s\"}"
                .formatted(team, season, start);
    }

    @Test
    void aTemplateBecomesDatedPhasesAndThePublishedPlanGivesTheCurrentPhase() throws Exception {
        Club club = club();
        LocalDate start = LocalDate.now().minusWeeks(5);
        String season = start.getYear() + "-" + (start.getYear() + 1);
        MvcResult created = post(club.coach(), plan(club.team, season, start), "/api/season-plans");
        assertThat(status(created)).as(created.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode phases = json(created).get("phases");
        assertThat(phases).hasSize(6);
        assertThat(phases.get(0).get("startsOn").asString()).isEqualTo(start.toString());
        assertThat(phases.get(0).get("endsOn").asString()).isEqualTo(start.plusWeeks(4).minusDays(1).toString());
        assertThat(phases.get(1).get("startsOn").asString()).isEqualTo(start.plusWeeks(4).toString());
        assertThat(phases.get(5).get("endsOn").asString()).isEqualTo(start.plusWeeks(30).minusDays(1).toString());

        assertThat(json(get(club.player(0), "/api/teams/{t}/current-phase", club.team)).path("phase").isMissingNode())
                .isTrue();
        String id = json(created).get("id").asString();
        assertThat(status(post(club.player(0), "{}", "/api/season-plans/{id}/publish", id))).isEqualTo(403);
        assertThat(json(post(club.coach(), "{}", "/api/season-plans/{id}/publish", id)).get("status").asString())
                .isEqualTo("published");
        JsonNode current = json(get(club.player(0), "/api/teams/{t}/current-phase", club.team));
        assertThat(current.at("/phase/name").asString()).isEqualTo("Early season");
        assertThat(current.at("/phase/intensity").asString()).isEqualTo("high");

        // a second published plan for the season is refused
        String second = json(post(club.admin(), plan(club.team, season, start), "/api/season-plans")).get("id")
                .asString();
        assertThat(status(post(club.admin(), "{}", "/api/season-plans/{id}/publish", second))).isEqualTo(409);
    }

    @Test
    void eachPhaseChangeIsAnnouncedOnceByTwoInstancesRacingOnAControllableClock() throws Exception {
        Club club = club();
        LocalDate start = LocalDate.of(2031, 8, 4);
        String id = json(post(club.coach(), plan(club.team, "2031-2032", start), "/api/season-plans")).get("id")
                .asString();
        post(club.coach(), "{}", "/api/season-plans/{id}/publish", id);
        // two replicas, each with its own announcer, on clocks the test moves together
        MutableClock clock = new MutableClock(start.minusDays(1).atTime(23, 0).toInstant(ZoneOffset.UTC));
        MutableClock otherClock = clock.copy();
        PhaseAnnouncer replicaA = new PhaseAnnouncer(jdbc, transactions, events, invalidator, clock);
        PhaseAnnouncer replicaB = new PhaseAnnouncer(jdbc, transactions, events, invalidator, otherClock);

        assertThat(race(replicaA, replicaB)).as("the day before the season: no phase").isZero();
        assertThat(published("planning.phase.changed", club.id)).isEmpty();

        clock.advance(Duration.ofHours(2));
        otherClock.advance(Duration.ofHours(2));
        assertThat(race(replicaA, replicaB)).as("the first day: one announcement between both").isEqualTo(1);
        assertThat(race(replicaA, replicaB)).as("the same day again").isZero();
        assertThat(published("planning.phase.changed", club.id)).singleElement()
                .satisfies(e -> assertThat(e.get("name").asString()).isEqualTo("Pre-season"));

        clock.advance(Duration.ofDays(27));
        otherClock.advance(Duration.ofDays(27));
        assertThat(race(replicaA, replicaB)).as("the last day of pre-season").isZero();
        clock.advance(Duration.ofDays(1));
        otherClock.advance(Duration.ofDays(1));
        assertThat(race(replicaA, replicaB)).as("week 5: the early season begins").isEqualTo(1);
        assertThat(published("planning.phase.changed", club.id)).hasSize(2).last()
                .satisfies(e -> assertThat(e.get("name").asString()).isEqualTo("Early season"));
    }

    /** Both announcers at once, released together; how many announcements they made between them. */
    private static int race(PhaseAnnouncer a, PhaseAnnouncer b) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2, FixturesAcrossClubs.threads());
        try {
            Future<Integer> first = pool.submit(() -> {
                together.await();
                return a.announce();
            });
            Future<Integer> second = pool.submit(() -> {
                together.await();
                return b.announce();
            });
            return first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badPlansAndOtherClubsAreRefused() throws Exception {
        Club club = club();
        LocalDate start = LocalDate.of(2026, 8, 3);
        assertThat(status(post(club.coach(), plan(club.otherTeam, "2026-2027", start), "/api/season-plans")))
                .isEqualTo(403);
        String[][] cases = {
                {plan(club.team, "2026-2028", start), "season"},
                {plan(club.team, "26/27", start), "season"},
                {plan(club.team, "2026-2027", start).replace("youth-30", "nine-months"), "template"},
                {plan(club.team, "2026-2027", LocalDate.of(2030, 1, 1)), "startsOn"},
                {plan(club.team, "2026-2027", start).replace(",\"startsOn\":\"2026-08-03\"", ""), "startsOn"}};
        for (String[] c : cases) {
            MvcResult result = post(club.coach(), c[0], "/api/season-plans");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        String id = json(post(club.coach(), plan(club.team, "2026-2027", start), "/api/season-plans")).get("id")
                .asString();
        Club other = club();
        assertThat(status(get(other.admin(), "/api/season-plans/{id}", id))).isEqualTo(404);
        assertThat(status(post(other.admin(), "{}", "/api/season-plans/{id}/publish", id))).isEqualTo(404);
        assertThat(status(get(other.admin(), "/api/teams/{t}/current-phase", club.team))).isEqualTo(404);
        assertThat(status(post(other.admin(), plan(club.team, "2026-2027", start), "/api/season-plans")))
                .isEqualTo(404);
    }
}
