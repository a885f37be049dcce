package com.hockeyhub.admin;

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
 * The one test configuration of admin-service (every test class extends this, so one Spring context serves all) and
 * its helpers: a fresh club per test, known to the roster, with tokens for its people.
 */
@IntegrationTest
public abstract class AdminApiTestBase {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JdbcRoster roster;

    /** A club with two teams, an admin, a coach of the first team and a player on it. */
    protected final class Club {
        public final UUID id = UUID.randomUUID();
        public final UUID team = UUID.randomUUID();
        public final UUID otherTeam = UUID.randomUUID();
        public final UUID adminId = UUID.randomUUID();
        public final UUID coachId = UUID.randomUUID();
        public final UUID playerId = UUID.randomUUID();

        Club() {
            roster.saveTeam(new RosterTeam(team, id, "U14 A", "U14", "2026-27"), true);
            roster.saveTeam(new RosterTeam(otherTeam, id, "U16 A", "U16", "2026-27"), true);
            person(adminId, "club_admin");
            person(coachId, "coach");
            person(playerId, "player");
            roster.saveMember(new RosterMember(team, coachId, id, "coach", null, null), true);
            roster.saveMember(new RosterMember(team, playerId, id, "player", 9, "center"), true);
        }

        private void person(UUID userId, String role) {
            roster.savePerson(new RosterPerson(userId, id, userId + "@example.test", "Test", role, List.of(role), true),
                    true);
        }

        public String admin() {
            return TestTokens.user(adminId).organization(id).roles(Role.CLUB_ADMIN).bearer();
        }

        public String coach() {
            return TestTokens.user(coachId).organization(id).roles(Role.COACH).teams(team).bearer();
        }

        public String player() {
            return TestTokens.user(playerId).organization(id).roles(Role.PLAYER).teams(team).bearer();
        }
    }

    protected Club club() {
        return new Club();
    }

    protected static String superAdmin() {
        return TestTokens.anyone(null, Role.SUPER_ADMIN).bearer();
    }

    /** One service client (as user-service's saga is): idempotency keys belong to their caller. */
    private static final UUID SERVICE_CLIENT = UUID.randomUUID();

    protected static String service() {
        return TestTokens.user(SERVICE_CLIENT).roles(Role.SERVICE).bearer();
    }

    protected MvcResult call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token)).andReturn();
    }

    protected MvcResult get(String token, String url, Object... vars) throws Exception {
        return call(MockMvcRequestBuilders.get(url, vars), token);
    }

    protected MvcResult put(String token, String json, String url, Object... vars) throws Exception {
        return call(MockMvcRequestBuilders.put(url, vars)
                .contentType(MediaType.APPLICATION_JSON).content(json), token);
    }

    protected MvcResult post(String token, String json, String url, Object... vars) throws Exception {
        return call(MockMvcRequestBuilders.post(url, vars)
                .contentType(MediaType.APPLICATION_JSON).content(json), token);
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

    protected int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** The events of a type admin-service published for a club (its outbox). */
    protected List<JsonNode> published(String type, UUID club) {
        return jdbc.queryForList("SELECT envelope->'data'::text FROM hockeyhub_outbox WHERE type = ? "
                + "AND organization_id = ? ORDER BY position", String.class, type, club).stream()
                .map(JsonMapper.shared()::readTree).toList();
    }
}
