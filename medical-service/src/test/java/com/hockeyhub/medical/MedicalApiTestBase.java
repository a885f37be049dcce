package com.hockeyhub.medical;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
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
 * Shared helpers of the HTTP tests: a fresh club with teams and players (registered the way user-service's events
 * register them), tokens per role, requests and JSON. Every test builds its own club, so tests never see each other.
 */
public abstract class MedicalApiTestBase {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JdbcRoster roster;

    protected static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A club with two teams; players are added with {@link #player}. */
    protected final class Club {
        public final UUID id = UUID.randomUUID();
        public final UUID team = UUID.randomUUID();
        public final UUID otherTeam = UUID.randomUUID();
        public final UUID medicalStaffId = UUID.randomUUID();

        public UUID player() {
            return player(team);
        }

        public UUID player(UUID teamId) {
            UUID playerId = UUID.randomUUID();
            roster.saveMember(new RosterMember(teamId, playerId, id, "player", null, null), true);
            return playerId;
        }

        public String medical() {
            return TestTokens.user(medicalStaffId).organization(id).roles(Role.MEDICAL_STAFF).bearer();
        }

        public String as(Role role) {
            return TestTokens.anyone(id, role).bearer();
        }

        public String coach(UUID... teams) {
            return TestTokens.anyone(id, Role.COACH).teams(teams).bearer();
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

    /** The JSON of a report of an injury with the given diagnosis text. */
    protected static String injuryJson(UUID playerId, int severity, String diagnosis, Boolean clearanceRequired) {
        return """
                {"playerId":"%s","injuryType":"sprain","bodyPart":"ankle","mechanism":"contact",
                 "injuryDate":"%s","severity":%d,"expectedReturn":"%s","diagnosis":"%s","notes":"notes of %s"%s}
                """.formatted(playerId, today().minusDays(2), severity, today().plusDays(14), diagnosis, diagnosis,
                clearanceRequired == null ? "" : ",\"clearanceRequired\":" + clearanceRequired);
    }

    /** Reports an injury as the club's medical staff and returns its id. */
    protected UUID reportInjury(Club club, UUID playerId, int severity, String diagnosis, Boolean clearanceRequired)
            throws Exception {
        MvcResult result = mvc.perform(postAs(club.medical(), injuryJson(playerId, severity, diagnosis,
                clearanceRequired), "/api/injuries")).andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Report failed: " + body(result));
        }
        return UUID.fromString(json(result).get("id").asString());
    }

    protected static String wellnessJson(LocalDate date, String sleep, int stress, int soreness, String notes) {
        return """
                {"entryDate":"%s","sleepHours":%s,"sleepQuality":7,"energy":6,"stress":%d,"soreness":%d,"mood":7,
                 "restingHr":55,"hrv":70.5%s}
                """.formatted(date, sleep, stress, soreness, notes == null ? "" : ",\"notes\":\"" + notes + "\"");
    }

    protected int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** Outbox rows of a type about a player (the events published in the writing transactions). */
    protected int outbox(String type, UUID playerId) {
        return count("SELECT count(*) FROM hockeyhub_outbox WHERE type = ? AND envelope->'data'->>'playerId' = ?",
                type, playerId.toString());
    }
}
