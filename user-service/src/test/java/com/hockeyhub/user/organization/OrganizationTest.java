package com.hockeyhub.user.organization;

import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.user.User;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganizationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserStatistics statistics;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
    }

    @Test
    void superAdminsManageClubs() throws Exception {
        String sub = Fixtures.unique("ice");
        String body = mvc.perform(post("/api/organizations").header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Ice Hawks","subdomain":"%s","primaryColor":"#112233","subscriptionTier":"premium"}
                                """.formatted(sub)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subscriptionTier").value("premium"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(post("/api/organizations").header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Copy\",\"subdomain\":\"%s\"}".formatted(sub)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/organizations").param("q", "hawk").param("size", "100")
                        .header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id").value(hasItem(id)));
        mvc.perform(patch("/api/organizations/" + id).header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Ice Hawks HC\",\"active\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Ice Hawks HC"))
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(delete("/api/organizations/" + id).header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/organizations/" + id).header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputNamesTheField() throws Exception {
        String[][] cases = {
                {"{\"name\":\"X\",\"subdomain\":\"Bad Sub\"}", "subdomain"},
                {"{\"name\":\"X\",\"subdomain\":\"%s\",\"primaryColor\":\"red\"}", "primaryColor"},
                {"{\"name\":\"X\",\"subdomain\":\"%s\",\"subscriptionTier\":\"platinum\"}", "subscriptionTier"},
                {"{\"subdomain\":\"%s\"}", "name"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/organizations").header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin())
                            .contentType(MediaType.APPLICATION_JSON).content(c[0].formatted(Fixtures.unique("s"))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem(c[1])));
        }
        mvc.perform(post("/api/organizations").header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void clubAdminsSeeAndEditOnlyTheirClub() throws Exception {
        Organization mine = fixtures.club();
        Organization other = fixtures.club();
        User admin = fixtures.user(mine, Role.CLUB_ADMIN);
        String token = Fixtures.bearer(admin, mine, Role.CLUB_ADMIN);

        mvc.perform(get("/api/organizations").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(mine.getId().toString()));
        mvc.perform(get("/api/organizations/" + other.getId()).header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/organizations/" + other.getId()).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Mine now\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/organizations/" + other.getId() + "/statistics").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/organizations/" + mine.getId()).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"secondaryColor\":\"#FFFFFF\"}")).andExpect(status().isOk());
        mvc.perform(patch("/api/organizations/" + mine.getId()).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"subscriptionTier\":\"enterprise\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/organizations").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\",\"subdomain\":\"%s\"}".formatted(Fixtures.unique("x"))))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/organizations/" + mine.getId()).header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/organizations/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void statisticsComeFromTheMaterializedViewAfterARefresh() throws Exception {
        Organization club = fixtures.club();
        User admin = fixtures.user(club, Role.CLUB_ADMIN);
        fixtures.user(club, Role.COACH);
        fixtures.user(club, Role.PLAYER);
        User player = fixtures.user(club, Role.PLAYER);
        fixtures.user(club, Role.PARENT);
        Team team = fixtures.team(club);
        fixtures.member(team, player, TeamRole.PLAYER, 1);
        String token = Fixtures.bearer(admin, club, Role.CLUB_ADMIN);

        assertThat(statistics.refreshIfRequested()).isTrue();
        assertThat(statistics.refreshIfRequested()).isFalse();
        mvc.perform(get("/api/organizations/" + club.getId() + "/statistics").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalUsers").value(5))
                .andExpect(jsonPath("$.activeUsers").value(5))
                .andExpect(jsonPath("$.players").value(2))
                .andExpect(jsonPath("$.coaches").value(1))
                .andExpect(jsonPath("$.parents").value(1))
                .andExpect(jsonPath("$.teams").value(1))
                .andExpect(jsonPath("$.computedAt").isNotEmpty());
        mvc.perform(get("/api/organizations/" + club.getId() + "/statistics")
                        .header(HttpHeaders.AUTHORIZATION, Fixtures.bearer(player, club, Role.PLAYER)))
                .andExpect(status().isForbidden());
    }
}
