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
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.cache.CacheStatistics;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /api/events/teams/{teamId}/upcoming: served from Redis, never stale after a write, filtered per caller. */
@IntegrationTest
class TeamUpcomingCacheTest {

    // shorter than the cache's 1 minute TTL: only an invalidation can make these waits succeed
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JsonMapper json;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    CacheStatistics statistics;
    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;

    Api api;
    Club club;
    Instant soon;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().registerPeople(roster);
        soon = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    }

    Map<String, Object> teamEvent(String title, Instant start, UUID team) {
        return with(event(title, "training", start, start.plus(Duration.ofHours(1))), "teamId", team,
                "defaultAttending", false);
    }

    UUID create(Map<String, Object> body) {
        Response created = api.post(club.admin(), body, "/api/events");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.id();
    }

    Response upcoming(String token, UUID team) {
        Response response = api.get(token, "/api/events/teams/{team}/upcoming?days=30&size=100", team);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response;
    }

    JsonNode find(Response list, UUID id) {
        for (JsonNode e : list.get("content")) {
            if (e.get("id").asString().equals(id.toString())) {
                return e;
            }
        }
        return null;
    }

    List<String> titles(Response list) {
        List<String> titles = new ArrayList<>();
        list.get("content").forEach(e -> titles.add(e.get("title").asString()));
        return titles;
    }

    /**
     * Reads until the list is in Redis. A load that starts within the invalidation margin (100 ms) of a write to
     * the team is not stored, so the read right after a write comes from the database.
     */
    Response cached(String token, UUID team) {
        return cached(token, club.org, team);
    }

    Response cached(String token, UUID org, UUID team) {
        Response[] last = new Response[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = upcoming(token, team);
            return redis.hasKey(key(org, team));
        });
        return last[0];
    }

    String key(UUID org, UUID team) {
        return "hh:test-" + TestInfrastructure.get().runId() + ":" + TeamUpcomingCache.CACHE + "::" + org + ":" + team;
    }

    @Test
    void theSecondReadIsServedFromRedis() {
        UUID id = create(teamEvent("Morning ice", soon, club.team));
        assertThat(redis.hasKey(key(club.org, club.team))).isFalse();

        Response first = cached(club.coach(), club.team);
        assertThat(redis.getExpire(key(club.org, club.team))).isBetween(1L, 60L);
        long hits = statistics.forCache(TeamUpcomingCache.CACHE).hits();
        long misses = statistics.forCache(TeamUpcomingCache.CACHE).misses();
        Response second = upcoming(club.coach(), club.team);

        assertThat(statistics.forCache(TeamUpcomingCache.CACHE).hits()).isEqualTo(hits + 1);
        assertThat(statistics.forCache(TeamUpcomingCache.CACHE).misses()).isEqualTo(misses);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(find(second, id).get("title").asString()).isEqualTo("Morning ice");
        assertThat(second.get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void aReadRightAfterEachKindOfWriteIsNeverStale() {
        Map<String, Object> body = with(teamEvent("Practice", soon, club.team),
                "participantIds", List.of(club.players.get(0)));
        UUID id = create(body);
        cached(club.coach(), club.team);

        UUID added = create(teamEvent("Extra practice", soon.plus(Duration.ofDays(1)), club.team));
        assertThat(find(upcoming(club.coach(), club.team), added)).isNotNull();

        cached(club.coach(), club.team);
        assertThat(api.put(club.admin(), with(body, "title", "Practice (rink 2)"), "/api/events/{id}", id).status())
                .isEqualTo(200);
        assertThat(find(upcoming(club.coach(), club.team), id).get("title").asString()).isEqualTo("Practice (rink 2)");

        cached(club.coach(), club.team);
        // the cached DTO carries RSVP counts
        assertThat(api.put(club.player(0), Map.of("status", "accepted"), "/api/events/{id}/rsvp", id).status())
                .isEqualTo(200);
        assertThat(find(upcoming(club.coach(), club.team), id).get("participants").get("accepted").asLong())
                .isEqualTo(1);
        cached(club.coach(), club.team);
        assertThat(api.put(club.player(0), Map.of("status", "declined"), "/api/events/{id}/rsvp", id).status())
                .isEqualTo(200);
        JsonNode counts = find(upcoming(club.coach(), club.team), id).get("participants");
        assertThat(counts.get("accepted").asLong()).isZero();
        assertThat(counts.get("declined").asLong()).isEqualTo(1);

        cached(club.coach(), club.team);
        assertThat(api.post(club.admin(), Map.of("reason", "No ice"), "/api/events/{id}/cancel", added).status())
                .isEqualTo(200);
        assertThat(find(upcoming(club.coach(), club.team), added).get("status").asString()).isEqualTo("cancelled");

        // moved to another team: gone from the old team's list, present in the new one's
        cached(club.coach(), club.team);
        cached(club.admin(), club.otherTeam);
        assertThat(api.put(club.admin(), with(body, "title", "Practice (rink 2)", "teamId", club.otherTeam),
                "/api/events/{id}", id).status()).isEqualTo(200);
        assertThat(find(upcoming(club.coach(), club.team), id)).isNull();
        assertThat(find(upcoming(club.admin(), club.otherTeam), id)).isNotNull();
    }

    @Test
    void seriesEditsAreSeenAtOnce() {
        Map<String, Object> body = with(teamEvent("Tuesday ice", soon, club.team),
                "recurrence", Map.of("rrule", "FREQ=WEEKLY;COUNT=3"));
        UUID first = create(body);
        assertThat(titles(cached(club.coach(), club.team))).containsExactly("Tuesday ice", "Tuesday ice",
                "Tuesday ice");

        Map<String, Object> renamed = new java.util.LinkedHashMap<>(body);
        renamed.put("title", "Tuesday power skating");
        Response all = api.put(club.admin(), renamed, "/api/events/{id}?scope=all", first);
        assertThat(all.status()).as(all.text()).isEqualTo(200);
        assertThat(titles(upcoming(club.coach(), club.team))).containsExactly("Tuesday power skating",
                "Tuesday power skating", "Tuesday power skating");

        cached(club.coach(), club.team);
        Response cancelled = api.post(club.admin(), Map.of("reason", "Season over"),
                "/api/events/{id}/cancel?scope=all", first);
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        upcoming(club.coach(), club.team).get("content")
                .forEach(e -> assertThat(e.get("status").asString()).isEqualTo("cancelled"));
    }

    @Test
    void rosterChangesFromUserServiceAreSeenWithoutWaitingForTheTtl() {
        UUID id = create(teamEvent("Practice", soon, club.team));
        // the team's manager is its only member so far
        assertThat(find(cached(club.coach(), club.team), id).get("participants").get("invited").asLong()).isOne();
        UUID newcomer = UUID.randomUUID();

        transactions.executeWithoutResult(status -> publisher.publish(EventTypes.TEAM_MEMBER_ADDED, club.org,
                new TeamMemberChanged(club.team, newcomer, club.org, "player", 9, "forward")));
        await().atMost(PATIENCE).until(() ->
                find(upcoming(club.coach(), club.team), id).get("participants").get("invited").asLong() == 2);

        cached(club.coach(), club.team);
        transactions.executeWithoutResult(status -> publisher.publish(EventTypes.TEAM_MEMBER_REMOVED, club.org,
                new TeamMemberChanged(club.team, newcomer, club.org, "player", 9, null)));
        await().atMost(PATIENCE).until(() ->
                find(upcoming(club.coach(), club.team), id).get("participants").get("invited").asLong() == 1);
    }

    @Test
    void aWriteEvictsOnlyItsOwnTeam() {
        UUID id = create(with(teamEvent("Practice", soon, club.team), "participantIds", List.of(club.players.get(0))));
        create(teamEvent("Other practice", soon, club.otherTeam));
        cached(club.admin(), club.team);
        cached(club.admin(), club.otherTeam);

        assertThat(api.put(club.player(0), Map.of("status", "accepted"), "/api/events/{id}/rsvp", id).status())
                .isEqualTo(200);

        assertThat(redis.hasKey(key(club.org, club.team))).isFalse();
        assertThat(redis.hasKey(key(club.org, club.otherTeam))).isTrue();
        long hits = statistics.forCache(TeamUpcomingCache.CACHE).hits();
        assertThat(titles(upcoming(club.admin(), club.otherTeam))).containsExactly("Other practice");
        assertThat(statistics.forCache(TeamUpcomingCache.CACHE).hits()).isEqualTo(hits + 1);
    }

    @Test
    void everyCallerSeesOnlyWhatTheyMaySeeOfTheCachedList() {
        create(teamEvent("Team practice", soon, club.team));
        create(with(teamEvent("Open skate", soon.plus(Duration.ofHours(2)), club.team), "visibility", "public"));
        create(with(teamEvent("Coaches meeting", soon.plus(Duration.ofHours(4)), club.team),
                "visibility", "role_based", "visibleRoles", List.of("coach")));
        create(with(teamEvent("Player talk", soon.plus(Duration.ofHours(6)), club.team),
                "visibility", "private", "participantIds", List.of(club.players.get(1))));
        create(with(teamEvent("Draft practice", soon.plus(Duration.ofHours(8)), club.team), "status", "draft"));

        // the organizer (the admin) sees the private event too
        assertThat(titles(cached(club.admin(), club.team)))
                .containsExactly("Team practice", "Open skate", "Coaches meeting", "Player talk");
        assertThat(titles(upcoming(club.coach(), club.team)))
                .containsExactly("Team practice", "Open skate", "Coaches meeting");
        assertThat(titles(upcoming(club.player(0), club.team))).containsExactly("Team practice", "Open skate");
        assertThat(titles(upcoming(club.player(1), club.team)))
                .containsExactly("Team practice", "Open skate", "Player talk");
        assertThat(titles(upcoming(club.outsider(), club.team))).containsExactly("Open skate");

        // another club, even naming the same team id (and claiming it in its token), is told no such team exists
        UUID otherOrg = UUID.randomUUID();
        String stranger = TestTokens.user(UUID.randomUUID()).organization(otherOrg).roles(Role.CLUB_ADMIN)
                .teams(club.team).bearer();
        Response strangers = api.get(stranger, "/api/events/teams/{team}/upcoming?days=30&size=100", club.team);
        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.text()).doesNotContain("Team practice");
        assertThat(redis.hasKey(key(otherOrg, club.team))).isFalse();
        assertThat(redis.hasKey(key(club.org, club.team))).isTrue();
    }

    @Test
    void pagingDaysAndBadInput() {
        for (int i = 0; i < 3; i++) {
            create(teamEvent("Practice " + i, soon.plus(Duration.ofDays(i * 10L)), club.team));
        }
        Response page = api.get(club.coach(), "/api/events/teams/{team}/upcoming?days=30&size=2&page=1", club.team);
        assertThat(titles(page)).containsExactly("Practice 2");
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(titles(api.get(club.coach(), "/api/events/teams/{team}/upcoming?days=5", club.team)))
                .containsExactly("Practice 0");

        Response tooFar = api.get(club.coach(), "/api/events/teams/{team}/upcoming?days=91", club.team);
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.get("errors").get(0).get("field").asString()).isEqualTo("days");
        assertThat(api.get(club.coach(), "/api/events/teams/{team}/upcoming?days=0", club.team).status())
                .isEqualTo(400);
        assertThat(api.get(club.coach(), "/api/events/teams/not-a-uuid/upcoming").status()).isEqualTo(400);
        assertThat(api.get(null, "/api/events/teams/{team}/upcoming", club.team).status()).isEqualTo(401);
    }
}
