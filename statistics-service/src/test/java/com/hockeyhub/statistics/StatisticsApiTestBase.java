package com.hockeyhub.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.statistics.views.ViewRefresher;
import com.hockeyhub.statistics.support.Seasons;
import com.hockeyhub.statistics.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Shared helpers of the HTTP tests: a fresh club with a team and players in the roster projection (as user-service's
 * events put them there), a division, tokens per role, game JSON, requests. Every test builds its own club.
 */
public abstract class StatisticsApiTestBase {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JdbcRoster roster;
    @Autowired
    protected ViewRefresher views;
    @Autowired
    protected TestClock clock;

    protected static String season() {
        return Seasons.of(LocalDate.now(ZoneOffset.UTC));
    }

    /** A game time {@code daysAgo} days ago at 18:00 UTC, inside the current season where possible. */
    protected static Instant daysAgo(int daysAgo) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo);
        LocalDate first = Seasons.firstDay(season());
        if (day.isBefore(first)) {
            day = first;
        }
        return day.atTime(18, 0).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A club with one team in the roster; players are added with {@link #player}. */
    protected final class Club {
        public final UUID id = UUID.randomUUID();
        public final UUID team = UUID.randomUUID();
        public final UUID coachId = UUID.randomUUID();
        public final List<UUID> players = new ArrayList<>();

        Club() {
            roster.saveTeam(new RosterTeam(team, id, "Team " + team.toString().substring(0, 6), "U18", season()),
                    true);
        }

        public UUID player() {
            return player(team);
        }

        public UUID player(UUID teamId) {
            UUID playerId = UUID.randomUUID();
            int n = players.size() + 1;
            roster.savePerson(new RosterPerson(playerId, id, "p" + n + "@x.test", "Player", "No" + n,
                    List.of("player"), true), true);
            roster.saveMember(new RosterMember(teamId, playerId, id, "player", n, "forward"), true);
            players.add(playerId);
            return playerId;
        }

        public UUID otherTeam() {
            UUID other = UUID.randomUUID();
            roster.saveTeam(new RosterTeam(other, id, "Other " + other.toString().substring(0, 6), "U16", season()),
                    true);
            return other;
        }

        public String coach() {
            return TestTokens.user(coachId).organization(id).roles(Role.COACH).teams(team).bearer();
        }

        public String as(Role role) {
            return TestTokens.anyone(id, role).bearer();
        }

        public String self(UUID playerId) {
            return TestTokens.user(playerId).organization(id).roles(Role.PLAYER).teams(team).bearer();
        }

        public String parentOf(UUID... children) {
            return TestTokens.anyone(id, Role.PARENT).children(children).bearer();
        }
    }

    protected Club club() {
        return new Club();
    }

    /** A division of the current season: the club's team plus opponents by name; returns participant ids by name. */
    protected Division division(Club club, boolean ties, String... opponents) throws Exception {
        StringBuilder teams = new StringBuilder("{\"teamId\":\"" + club.team + "\",\"name\":\"Us\"}");
        for (String opponent : opponents) {
            teams.append(",{\"name\":\"").append(opponent).append("\"}");
        }
        MvcResult result = mvc.perform(postAs(club.coach(), """
                {"season":"%s","name":"Division %s","tiesAllowed":%s,"teams":[%s]}
                """.formatted(season(), UUID.randomUUID(), ties, teams), "/api/divisions")).andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Division failed: " + body(result));
        }
        JsonNode json = json(result);
        Division division = new Division(UUID.fromString(json.get("id").asString()));
        for (JsonNode team : json.get("teams")) {
            division.teams.put(team.get("name").asString(), UUID.fromString(team.get("id").asString()));
        }
        return division;
    }

    /** A division's id and its participants by name. */
    protected static final class Division {
        public final UUID id;
        public final Map<String, UUID> teams = new HashMap<>();

        Division(UUID id) {
            this.id = id;
        }

        public UUID team(String name) {
            UUID team = teams.get(name);
            if (team == null) {
                throw new IllegalArgumentException("No participant " + name + " in " + teams.keySet());
            }
            return team;
        }
    }

    /** A game's JSON; {@code lines} are player line objects (see {@link #line}). */
    protected static String gameJson(Division d, String home, String away, Instant at, int homeScore, int awayScore,
            String decision, String... lines) {
        return """
                {"divisionId":"%s","homeTeamId":"%s","awayTeamId":"%s","playedAt":"%s","homeScore":%d,
                 "awayScore":%d,"decision":"%s","players":[%s]}
                """.formatted(d.id, d.team(home), d.team(away), at, homeScore, awayScore, decision,
                String.join(",", lines));
    }

    /** A skater's line. */
    protected static String line(UUID player, String side, int goals, int assists, int shots, int plusMinus) {
        return """
                {"playerId":"%s","side":"%s","goals":%d,"assists":%d,"shots":%d,"plusMinus":%d,"toiSeconds":900}
                """.formatted(player, side, goals, assists, shots, plusMinus).trim();
    }

    /** A goalie's line. */
    protected static String goalie(UUID player, String side, int saves, int shotsAgainst) {
        return """
                {"playerId":"%s","side":"%s","goalie":true,"saves":%d,"shotsAgainst":%d,"toiSeconds":3600}
                """.formatted(player, side, saves, shotsAgainst).trim();
    }

    protected MvcResult record(Club club, String json) throws Exception {
        return mvc.perform(postAs(club.coach(), json, "/api/games")).andReturn();
    }

    /** Records a game and fails unless it was accepted (201/200); returns the response body. */
    protected JsonNode recordOk(Club club, String json) throws Exception {
        MvcResult result = record(club, json);
        int status = result.getResponse().getStatus();
        if (status != 201 && status != 200) {
            throw new AssertionError("Recording failed: " + status + " " + body(result));
        }
        return json(result);
    }

    /** Waits until every asked-for view refresh has run (the job or this call, whichever gets the lock). */
    protected void awaitViews() throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            views.refreshNow();
            Integer pending = jdbc.queryForObject("SELECT count(*) FROM stats_refresh_requests", Integer.class);
            if (pending != null && pending == 0) {
                Thread.sleep(50);
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The views were not refreshed in time");
    }

    protected MockHttpServletRequestBuilder getAs(String token, String url, Object... vars) {
        return auth(get(url, vars), token);
    }

    protected MockHttpServletRequestBuilder postAs(String token, String json, String url, Object... vars) {
        return auth(post(url, vars), token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected MockHttpServletRequestBuilder putAs(String token, String json, String url, Object... vars) {
        return auth(put(url, vars), token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String token) {
        return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token);
    }

    protected static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
    }

    protected static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    protected int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
