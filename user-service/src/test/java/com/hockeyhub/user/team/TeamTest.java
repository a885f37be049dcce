package com.hockeyhub.user.team;

import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.user.User;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TeamTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    Organization club;
    String adminToken;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        club = fixtures.club();
        adminToken = Fixtures.bearer(fixtures.user(club, Role.CLUB_ADMIN), club, Role.CLUB_ADMIN);
    }

    ResultActions addMember(String token, UUID team, String body) throws Exception {
        return mvc.perform(post("/api/teams/" + team + "/members").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Issue 24 (3): a page number whose offset overflows an int was a 500. */
    @Test
    void aHugePageNumberIsA400NamingPage() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/teams")
                        .param("page", "21474837").param("size", "100").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void teamsAreUniquePerClubNameAndSeason() throws Exception {
        String body = "{\"name\":\"U16 Elite\",\"teamType\":\"youth\",\"ageGroup\":\"U16\",\"season\":\"%s\"}";
        String created = mvc.perform(post("/api/teams").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("2025-2026")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.teamType").value("youth"))
                .andExpect(jsonPath("$.organizationId").value(club.getId().toString()))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/teams").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("2025-2026").replace("U16 Elite", "u16 elite")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/teams").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("2026-2027")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/teams").param("season", "2025-2026").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(1));
        String id = JsonPath.read(created, "$.id");
        mvc.perform(patch("/api/teams/" + id).header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\"Top youth team\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.description").value("Top youth team"));
        mvc.perform(delete("/api/teams/" + id).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/teams/" + id).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void badTeamInputNamesTheField() throws Exception {
        String[][] cases = {
                {"{\"name\":\"A\",\"teamType\":\"pro\",\"season\":\"2025-2026\"}", "teamType"},
                {"{\"name\":\"A\",\"teamType\":\"youth\",\"season\":\"next year\"}", "season"},
                {"{\"name\":\"A\",\"teamType\":\"youth\",\"season\":\"2025-2026\",\"ageGroup\":\"babies\"}", "ageGroup"},
                {"{\"teamType\":\"youth\",\"season\":\"2025-2026\"}", "name"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/teams").header(HttpHeaders.AUTHORIZATION, adminToken)
                            .contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem(c[1])));
        }
        mvc.perform(get("/api/teams").param("teamType", "pro").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teamType"));
        mvc.perform(get("/api/teams").param("size", "500").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void jerseysAreUniqueAmongActiveMembers() throws Exception {
        Team team = fixtures.team(club);
        User a = fixtures.user(club, Role.PLAYER);
        User b = fixtures.user(club, Role.PLAYER);
        addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\",\"jerseyNumber\":91,\"position\":\"center\"}"
                .formatted(a.getId()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.jerseyNumber").value(91))
                .andExpect(jsonPath("$.position").value("center"));
        addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\",\"jerseyNumber\":91}".formatted(b.getId()))
                .andExpect(status().isConflict());
        addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\",\"jerseyNumber\":12}".formatted(a.getId()))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM team_members WHERE team_id = ?", Integer.class, team.getId()))
                .isEqualTo(1);

        for (String bad : new String[] {"0", "100", "-5"}) {
            addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\",\"jerseyNumber\":%s}"
                    .formatted(b.getId(), bad))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("jerseyNumber"));
        }
        addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"striker\"}".formatted(b.getId()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teamRole"));
        addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\"}".formatted(UUID.randomUUID()))
                .andExpect(status().isNotFound());
        addMember(adminToken, UUID.randomUUID(), "{\"userId\":\"%s\",\"teamRole\":\"player\"}".formatted(b.getId()))
                .andExpect(status().isNotFound());

        // after a leaves, 91 is free; the change of number is checked too
        mvc.perform(delete("/api/teams/" + team.getId() + "/members/" + a.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());
        addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\",\"jerseyNumber\":91}".formatted(b.getId()))
                .andExpect(status().isCreated());
        addMember(adminToken, team.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\",\"jerseyNumber\":7}".formatted(a.getId()))
                .andExpect(status().isCreated());
        mvc.perform(patch("/api/teams/" + team.getId() + "/members/" + a.getId()).header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"jerseyNumber\":91}"))
                .andExpect(status().isConflict());
        mvc.perform(patch("/api/teams/" + team.getId() + "/members/" + a.getId()).header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"jerseyNumber\":19,\"teamRole\":\"assistant_coach\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.teamRole").value("assistant_coach"));
        mvc.perform(get("/api/teams/" + team.getId() + "/members").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void coachesManageTheirOwnTeamsRostersOnly() throws Exception {
        Team mine = fixtures.team(club);
        Team other = fixtures.team(club);
        User coach = fixtures.user(club, Role.COACH);
        User player = fixtures.user(club, Role.PLAYER);
        fixtures.member(mine, coach, TeamRole.COACH, null);
        String coachToken = Fixtures.bearer(coach, club, Role.COACH, mine.getId());
        String body = "{\"userId\":\"%s\",\"teamRole\":\"player\",\"jerseyNumber\":5}".formatted(player.getId());

        addMember(coachToken, other.getId(), body).andExpect(status().isForbidden());
        addMember(coachToken, mine.getId(), body).andExpect(status().isCreated());
        String playerToken = Fixtures.bearer(player, club, Role.PLAYER, mine.getId());
        mvc.perform(get("/api/teams/" + mine.getId() + "/members").header(HttpHeaders.AUTHORIZATION, playerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/teams/" + other.getId() + "/members").header(HttpHeaders.AUTHORIZATION, playerToken))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/teams/" + mine.getId() + "/members/" + coach.getId()).header(HttpHeaders.AUTHORIZATION, playerToken))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/teams").header(HttpHeaders.AUTHORIZATION, coachToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Coach Team\",\"teamType\":\"youth\",\"season\":\"2025-2026\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void otherClubsTeamsDoNotExistForTheCaller() throws Exception {
        Organization otherClub = fixtures.club();
        Team theirs = fixtures.team(otherClub);
        User ourPlayer = fixtures.user(club, Role.PLAYER);
        mvc.perform(get("/api/teams/" + theirs.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/teams/" + theirs.getId() + "/members").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
        addMember(adminToken, theirs.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\"}".formatted(ourPlayer.getId()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/teams/" + theirs.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/teams").param("organizationId", otherClub.getId().toString())
                .header(HttpHeaders.AUTHORIZATION, adminToken)).andExpect(status().isNotFound());
        // and a user of another club cannot be put on our team
        Team ours = fixtures.team(club);
        User theirPlayer = fixtures.user(otherClub, Role.PLAYER);
        addMember(adminToken, ours.getId(), "{\"userId\":\"%s\",\"teamRole\":\"player\"}".formatted(theirPlayer.getId()))
                .andExpect(status().isNotFound());
    }
}
