package com.hockeyhub.calendar.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


/** HTTP helpers for the calendar's integration tests: a club with staff, players and a parent, and JSON calls. */
public final class Api {

    private final MockMvc mvc;
    private final JsonMapper json;

    public Api(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A response: status and parsed body. */
    public record Response(int status, JsonNode body, String text) {

        public JsonNode get(String field) {
            return body.get(field);
        }

        public UUID id() {
            return UUID.fromString(body.get("id").asString());
        }

        public String detail() {
            return body.get("detail").asString();
        }
    }

    /** A fresh club: organization, a team, and tokens for its people. */
    public static final class Club {
        public final UUID org = UUID.randomUUID();
        public final UUID team = UUID.randomUUID();
        public final UUID otherTeam = UUID.randomUUID();
        public final UUID adminId = UUID.randomUUID();
        public final UUID coachId = UUID.randomUUID();
        public final UUID managerId = UUID.randomUUID();
        public final UUID parentId = UUID.randomUUID();
        public final UUID childId = UUID.randomUUID();
        public final List<UUID> players = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());

        /** A team of its own that makes the club's other people known to the roster. */
        public final UUID registry = UUID.randomUUID();
        /** The one member of {@link #otherTeam}. */
        public final UUID otherTeamPlayer = UUID.randomUUID();

        /**
         * The roster as the tokens tell it (requests may name only their club's members and teams): the players,
         * the child and the coach on {@link #team}, a player on {@link #otherTeam}, the admin, manager and parent
         * on {@link #registry}.
         */
        public Club register(com.hockeyhub.shared.roster.JdbcRoster roster) {
            players.forEach(id -> roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(team, id, org, "player", null, null), true));
            roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(team, childId, org, "player", null, null), true);
            roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(team, coachId, org, "coach", null, null), true);
            roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(otherTeam, otherTeamPlayer, org, "player", null, null), true);
            List.of(adminId, managerId, parentId).forEach(id -> roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(registry, id, org, "player", null, null), true));
            return this;
        }

        /** Staff of {@link #team} and {@link #otherTeam} in {@link #registerPeople}. */
        public final UUID teamManager = UUID.randomUUID();

        /**
         * The club's people known to the roster on {@link #registry} only, and the teams known through a
         * {@link #teamManager}: team events then invite nobody but that manager.
         */
        public Club registerPeople(com.hockeyhub.shared.roster.JdbcRoster roster) {
            List<UUID> people = new java.util.ArrayList<>(players);
            people.addAll(List.of(childId, coachId, adminId, managerId, parentId));
            register(roster, people);
            roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(team, teamManager, org, "team_manager", null, null), true);
            roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(otherTeam, teamManager, org, "team_manager", null, null), true);
            return this;
        }

        /** Makes more people members of the club (on {@link #registry}). */
        public Club register(com.hockeyhub.shared.roster.JdbcRoster roster, java.util.Collection<UUID> people) {
            people.forEach(id -> roster.saveMember(new com.hockeyhub.shared.roster.RosterMember(registry, id, org, "player", null, null), true));
            return this;
        }

        public String admin() {
            return TestTokens.user(adminId).organization(org).roles(Role.CLUB_ADMIN).bearer();
        }

        public String coach() {
            return TestTokens.user(coachId).organization(org).roles(Role.COACH).teams(team).bearer();
        }

        public String equipmentManager() {
            return TestTokens.user(managerId).organization(org).roles(Role.EQUIPMENT_MANAGER).bearer();
        }

        public String player(int i) {
            return TestTokens.user(players.get(i)).organization(org).roles(Role.PLAYER).teams(team).bearer();
        }

        public String child() {
            return TestTokens.user(childId).organization(org).roles(Role.PLAYER).teams(team).bearer();
        }

        public String parent() {
            return TestTokens.user(parentId).organization(org).roles(Role.PARENT).children(childId).bearer();
        }

        public String outsider() {
            return TestTokens.user(UUID.randomUUID()).organization(org).roles(Role.PLAYER).teams(otherTeam).bearer();
        }
    }

    public Response get(String token, String uri, Object... vars) {
        return call(MockMvcRequestBuilders.get(uri, vars), token, null);
    }

    public Response post(String token, Object body, String uri, Object... vars) {
        return call(MockMvcRequestBuilders.post(uri, vars), token, body);
    }

    public Response put(String token, Object body, String uri, Object... vars) {
        return call(MockMvcRequestBuilders.put(uri, vars), token, body);
    }

    public Response delete(String token, String uri, Object... vars) {
        return call(MockMvcRequestBuilders.delete(uri, vars), token, null);
    }

    public Response call(MockHttpServletRequestBuilder request, String token, Object body) {
        try {
            if (token != null) {
                request.header("Authorization", token);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(body instanceof String s ? s : json.writeValueAsString(body));
            }
            MvcResult result = mvc.perform(request).andReturn();
            String text = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            JsonNode node = null;
            String type = result.getResponse().getContentType();
            if (!text.isBlank() && type != null && type.contains("json")) {
                node = json.readTree(text);
            }
            return new Response(result.getResponse().getStatus(), node, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mutable event body with sensible defaults: a team training tomorrow 18:00–19:30 UTC. */
    public static Map<String, Object> event(String title, String type, Instant start, Instant end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("type", type);
        body.put("startAt", start.toString());
        body.put("endAt", end.toString());
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }
}
