package com.hockeyhub.communication;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one test configuration of communication-service (every test class extends this, so one Spring context serves all)
 * and its helpers: a fresh club per test, known to the roster, with tokens for its people.
 */
@IntegrationTest
public abstract class CommunicationApiTestBase {

    /** One service client (as user-service's saga is): idempotency keys belong to their caller. */
    private static final UUID SERVICE_CLIENT = UUID.randomUUID();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JdbcRoster roster;

    /** A club with two teams: a coach and three players on the first, a player on the second; a trainer, an admin. */
    protected final class Club {
        public final UUID id = UUID.randomUUID();
        public final UUID team = UUID.randomUUID();
        public final UUID otherTeam = UUID.randomUUID();
        public final UUID adminId = UUID.randomUUID();
        public final UUID trainerId = UUID.randomUUID();
        public final UUID coachId = UUID.randomUUID();
        public final List<UUID> players = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        public final UUID otherPlayer = UUID.randomUUID();
        public final UUID parentId = UUID.randomUUID();
        public final UUID medicId = UUID.randomUUID();

        Club() {
            roster.saveTeam(new RosterTeam(team, id, "U16 AA", "U16", "2026-27"), true);
            roster.saveTeam(new RosterTeam(otherTeam, id, "U18 A", "U18", "2026-27"), true);
            roster.saveMember(new RosterMember(team, coachId, id, "coach", null, null), true);
            for (int i = 0; i < players.size(); i++) {
                roster.saveMember(new RosterMember(team, players.get(i), id, "player", 10 + i, "forward"), true);
                person(players.get(i));
            }
            roster.saveMember(new RosterMember(otherTeam, otherPlayer, id, "player", 7, "defense"), true);
            person(otherPlayer);
            roster.savePerson(new RosterPerson(adminId, id, adminId + "@example.test", "Club", "Admin",
                    List.of("club_admin"), true), true);
        }

        private void person(UUID userId) {
            roster.savePerson(new RosterPerson(userId, id, userId + "@example.test", "Test", "Player",
                    List.of("player"), true), true);
        }

        public String admin() {
            return TestTokens.user(adminId).organization(id).roles(Role.CLUB_ADMIN).bearer();
        }

        public String trainer() {
            return TestTokens.user(trainerId).organization(id).roles(Role.PHYSICAL_TRAINER).bearer();
        }

        public String coach() {
            return TestTokens.user(coachId).organization(id).roles(Role.COACH).teams(team).bearer();
        }

        public String player(int i) {
            return TestTokens.user(players.get(i)).organization(id).roles(Role.PLAYER).teams(team).bearer();
        }

        public String medic() {
            return TestTokens.user(medicId).organization(id).roles(Role.MEDICAL_STAFF).bearer();
        }

        public String parentOf(int i) {
            return TestTokens.user(parentId).organization(id).roles(Role.PARENT).children(players.get(i)).bearer();
        }
    }

    protected Club club() {
        return new Club();
    }

    protected static String service() {
        return TestTokens.user(SERVICE_CLIENT).roles(Role.SERVICE).bearer();
    }

    /** Starts a conversation; returns its id. */
    protected UUID conversation(String token, String json) throws Exception {
        MvcResult result = post(token, json, "/api/conversations");
        if (status(result) != 201 && status(result) != 200) {
            throw new AssertionError(result.getResponse().getContentAsString());
        }
        return UUID.fromString(json(result).get("id").asString());
    }

    /** Quiet hours well away from now (so routine notifications are delivered at once in this test). */
    protected void awake(String token) throws Exception {
        java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneOffset.UTC).withSecond(0).withNano(0);
        MvcResult result = put(token, "{\"quietFrom\":\"%s\",\"quietTo\":\"%s\",\"timeZone\":\"UTC\"}"
                .formatted(now.plusHours(3), now.plusHours(4)), "/api/notifications/preferences");
        if (status(result) != 200) {
            throw new AssertionError(result.getResponse().getContentAsString());
        }
    }

    protected static String direct(UUID other) {
        return "{\"type\":\"direct\",\"participantIds\":[\"" + other + "\"]}";
    }

    protected MvcResult call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token)).andReturn();
    }

    protected MvcResult get(String token, String url, Object... vars) throws Exception {
        return call(MockMvcRequestBuilders.get(url, vars), token);
    }

    protected MvcResult put(String token, String json, String url, Object... vars) throws Exception {
        return call(MockMvcRequestBuilders.put(url, vars).contentType(MediaType.APPLICATION_JSON).content(json), token);
    }

    protected MvcResult post(String token, String json, String url, Object... vars) throws Exception {
        return call(MockMvcRequestBuilders.post(url, vars).contentType(MediaType.APPLICATION_JSON).content(json), token);
    }

    protected MvcResult delete(String token, String url, Object... vars) throws Exception {
        return call(MockMvcRequestBuilders.delete(url, vars), token);
    }

    protected static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
    }

    protected static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    protected static String field(MvcResult result) throws Exception {
        return json(result).at("/errors/0/field").asString();
    }

    protected int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** The events of a type communication-service published for a club (its outbox), oldest first. */
    protected List<JsonNode> published(String type, UUID club) {
        return jdbc.queryForList("SELECT envelope->'data'::text FROM hockeyhub_outbox WHERE type = ? "
                + "AND organization_id = ? ORDER BY position", String.class, type, club).stream()
                .map(JsonMapper.shared()::readTree).toList();
    }
}
