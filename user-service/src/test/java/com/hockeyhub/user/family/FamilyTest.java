package com.hockeyhub.user.family;

import java.time.LocalDate;
import java.util.List;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FamilyTest {

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

    ResultActions link(UUID parent, UUID child) throws Exception {
        return mvc.perform(post("/api/family-links").header(HttpHeaders.AUTHORIZATION, adminToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\":\"%s\",\"childId\":\"%s\",\"relationshipType\":\"mother\",\"primaryContact\":true}"
                        .formatted(parent, child)));
    }

    @Test
    void aParentIsLinkedToAMinorAndSeesThem() throws Exception {
        User parent = fixtures.user(club, Role.PARENT);
        User child = fixtures.user(club, Role.PLAYER);
        String created = link(parent.getId(), child.getId())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.relationshipType").value("mother"))
                .andExpect(jsonPath("$.childName").value(child.getFullName()))
                .andReturn().getResponse().getContentAsString();
        link(parent.getId(), child.getId()).andExpect(status().isConflict());

        String parentToken = Fixtures.bearer(parent, club, Role.PARENT);
        mvc.perform(get("/api/users/" + parent.getId() + "/children").header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].childId").value(child.getId().toString()));
        mvc.perform(get("/api/family-links").header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(jsonPath("$.totalElements").value(1));
        User otherParent = fixtures.user(club, Role.PARENT);
        String otherToken = Fixtures.bearer(otherParent, club, Role.PARENT);
        mvc.perform(get("/api/users/" + parent.getId() + "/children").header(HttpHeaders.AUTHORIZATION, otherToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/family-links").param("parentId", parent.getId().toString())
                .header(HttpHeaders.AUTHORIZATION, otherToken)).andExpect(status().isForbidden());
        mvc.perform(post("/api/family-links").header(HttpHeaders.AUTHORIZATION, parentToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":\"%s\",\"childId\":\"%s\",\"relationshipType\":\"father\"}"
                                .formatted(otherParent.getId(), child.getId())))
                .andExpect(status().isForbidden());

        // the login token carries the child
        String login = mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(parent.getEmail(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/users/" + child.getId()).header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + JsonPath.read(login, "$.accessToken")))
                .andExpect(status().isOk());

        String id = JsonPath.read(created, "$.id");
        mvc.perform(delete("/api/family-links/" + id).header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/family-links/" + id).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/users/" + parent.getId() + "/children").header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void businessRulesAre422AndLeaveNothingBehind() throws Exception {
        LocalDate today = LocalDate.now();
        User parent = fixtures.user(club, Role.PARENT, today.minusYears(40));
        User adultChild = fixtures.user(club, Role.PLAYER, today.minusYears(18));
        User youngParent = fixtures.user(club, Role.PARENT, today.minusYears(30));
        User teen = fixtures.user(club, Role.PLAYER, today.minusYears(13).plusDays(1));
        Integer before = jdbc.queryForObject("SELECT count(*) FROM parent_child_relationships", Integer.class);

        link(parent.getId(), adultChild.getId()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BUSINESS_RULE_VIOLATION"));
        link(youngParent.getId(), teen.getId()).andExpect(status().isUnprocessableContent());
        link(parent.getId(), parent.getId()).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parent_child_relationships", Integer.class)).isEqualTo(before);

        link(parent.getId(), teen.getId()).andExpect(status().isCreated());
        link(UUID.randomUUID(), teen.getId()).andExpect(status().isNotFound());
        mvc.perform(delete("/api/family-links/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/family-links").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":\"%s\",\"childId\":\"%s\",\"relationshipType\":\"uncle\"}"
                                .formatted(parent.getId(), teen.getId())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("relationshipType"));
    }

    /** Issue 24 (also found): a parent's children were listed across clubs. */
    @Test
    void aParentsChildrenAreListedOnlyWithinTheCallersClub() throws Exception {
        Organization otherClub = fixtures.club();
        User parent = fixtures.user(club, Role.PARENT);
        context.getBean(com.hockeyhub.user.user.UserService.class).replaceRoles(parent.getId(), otherClub.getId(),
                java.util.Set.of(Role.PARENT));
        User here = fixtures.user(club, Role.PLAYER);
        User there = fixtures.user(otherClub, Role.PLAYER);
        fixtures.link(club, parent, here);
        fixtures.link(otherClub, parent, there);

        for (String token : new String[] {adminToken, Fixtures.bearer(parent, club, Role.PARENT)}) {
            mvc.perform(get("/api/users/" + parent.getId() + "/children").header(HttpHeaders.AUTHORIZATION, token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].childId").value(here.getId().toString()));
        }
        mvc.perform(get("/api/users/" + parent.getId() + "/children")
                        .header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andExpect(jsonPath("$.length()").value(2));
        // the login token speaks for the parent's (first) club: only that club's child is in its children claim
        var identity = context.getBean(com.hockeyhub.user.auth.AuthService.class).identityOf(parent);
        org.assertj.core.api.Assertions.assertThat(identity.children()).containsExactly(here.getId());
    }

    @Test
    void linksNeverCrossClubs() throws Exception {
        Organization otherClub = fixtures.club();
        User parent = fixtures.user(club, Role.PARENT);
        User theirChild = fixtures.user(otherClub, Role.PLAYER);
        link(parent.getId(), theirChild.getId()).andExpect(status().isNotFound());
        mvc.perform(get("/api/users/" + theirChild.getId() + "/children").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
        // the list filtered by another club's person is that person missing, not an empty page (issue 23)
        for (String filter : List.of("parentId", "childId")) {
            mvc.perform(get("/api/family-links").param(filter, theirChild.getId().toString())
                    .header(HttpHeaders.AUTHORIZATION, adminToken)).andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/family-links").param("childId", theirChild.getId().toString())
                .header(HttpHeaders.AUTHORIZATION, Fixtures.bearer(parent, club, Role.PARENT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/family-links").param("parentId", parent.getId().toString())
                .header(HttpHeaders.AUTHORIZATION, adminToken)).andExpect(status().isOk());
    }
}
