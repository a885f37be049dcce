package com.hockeyhub.user.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserDirectoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    Organization club;
    User admin;
    String adminToken;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        club = fixtures.club();
        admin = fixtures.user(club, Role.CLUB_ADMIN);
        adminToken = Fixtures.bearer(admin, club, Role.CLUB_ADMIN);
    }

    @Test
    void adminsAddPeopleToTheirClub() throws Exception {
        String email = Fixtures.unique("new") + "@club.org";
        mvc.perform(post("/api/users").header(HttpHeaders.AUTHORIZATION, adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email":"%s","firstName":"Jari","lastName":"Kurri","dateOfBirth":"2010-05-18",
                                 "jerseyNumber":17,"position":"right_wing","handedness":"right","roles":["player"]}
                                """.formatted(email)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organizationId").value(club.getId().toString()))
                .andExpect(jsonPath("$.roles[0]").value("player"))
                .andExpect(jsonPath("$.position").value("right_wing"))
                .andExpect(jsonPath("$.handedness").value("right"));

        mvc.perform(post("/api/users").header(HttpHeaders.AUTHORIZATION, adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"firstName\":\"A\",\"lastName\":\"B\",\"roles\":[\"player\"]}"
                                .formatted(email.toUpperCase())))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/users").header(HttpHeaders.AUTHORIZATION, adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x%s\",\"firstName\":\"A\",\"lastName\":\"B\",\"roles\":[\"super_admin\"]}"
                                .formatted(email)))
                .andExpect(status().isForbidden());
        String coach = Fixtures.bearer(fixtures.user(club, Role.COACH), club, Role.COACH);
        mvc.perform(post("/api/users").header(HttpHeaders.AUTHORIZATION, coach).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"y%s\",\"firstName\":\"A\",\"lastName\":\"B\",\"roles\":[\"player\"]}"
                                .formatted(email)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsA400NamingTheFieldAndLeavesNothingBehind() throws Exception {
        String base = "{\"email\":\"%s\",\"firstName\":\"%s\",\"lastName\":\"Kurri\",\"roles\":[\"%s\"]%s}";
        Object[][] cases = {
                {"bad-email", "Jari", "player", "", "email"},
                {"%s@club.org", "Jari2", "player", "", "firstName"},
                {"%s@club.org", "Jari", "goalkeeper_coach", "", "roles"},
                {"%s@club.org", "Jari", "player", ",\"jerseyNumber\":0", "jerseyNumber"},
                {"%s@club.org", "Jari", "player", ",\"jerseyNumber\":100", "jerseyNumber"},
                {"%s@club.org", "Jari", "player", ",\"position\":\"striker\"", "position"},
                {"%s@club.org", "Jari", "player", ",\"handedness\":\"both\"", "handedness"},
                {"%s@club.org", "Jari", "player", ",\"password\":\"weak\"", "password"},
        };
        Integer before = jdbc.queryForObject("SELECT count(*) FROM users", Integer.class);
        for (Object[] c : cases) {
            String email = ((String) c[0]).formatted(Fixtures.unique("bad"));
            mvc.perform(post("/api/users").header(HttpHeaders.AUTHORIZATION, adminToken)
                            .contentType(MediaType.APPLICATION_JSON).content(base.formatted(email, c[1], c[2], c[3])))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem(c[4])));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isEqualTo(before);

        mvc.perform(get("/api/users").param("size", "101").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/users").param("role", "wizard").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(get("/api/users").param("sort", "password").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/users/not-a-uuid").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/users/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void listFiltersByTeamRoleActiveAndFullText() throws Exception {
        Team team = fixtures.team(club);
        User coach = fixtures.user(club, Role.COACH);
        User p1 = fixtures.user(club, Role.PLAYER);
        User p2 = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, p1, TeamRole.PLAYER, 9);
        mvc.perform(patch("/api/users/" + p2.getId()).header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"Teemu\",\"lastName\":\"Selanne\",\"active\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.firstName").value("Teemu"));

        mvc.perform(get("/api/users").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/users").param("role", "player").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.content[*].id").value(containsInAnyOrder(p1.getId().toString(), p2.getId().toString())));
        mvc.perform(get("/api/users").param("teamId", team.getId().toString()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(p1.getId().toString()));
        mvc.perform(get("/api/users").param("active", "false").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(p2.getId().toString()));
        mvc.perform(get("/api/users").param("q", "selan").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].lastName").value("Selanne"));
        mvc.perform(get("/api/users").param("q", coach.getEmail().substring(0, 10)).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(coach.getId().toString()));
        mvc.perform(get("/api/users").param("q", "test & !():*").param("size", "2").param("page", "1")
                        .header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.content.length()").value(2));
    }

    @Test
    void searchFindsPeopleByTheirCurrentNamesInEveryClubTheyBelongTo() throws Exception {
        Organization otherClub = fixtures.club();
        String otherAdminToken = Fixtures.bearer(fixtures.user(otherClub, Role.CLUB_ADMIN), otherClub, Role.CLUB_ADMIN);
        String word = "Q" + UUID.randomUUID().toString().substring(0, 8).chars() // a name no other test uses
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
                .collect(java.util.stream.Collectors.joining());
        User both = fixtures.user(club, Role.COACH);
        jdbc.update("""
                INSERT INTO user_organizations (id, user_id, organization_id, role, joined_at, active, created_at,
                    updated_at, version) VALUES (?, ?, ?, 'COACH', now(), true, now(), now(), 0)""",
                UUID.randomUUID(), both.getId(), otherClub.getId());
        User namesake = fixtures.user(otherClub, Role.PLAYER);
        for (User person : List.of(both, namesake)) {
            mvc.perform(patch("/api/users/" + person.getId()).header(HttpHeaders.AUTHORIZATION,
                            person == both ? adminToken : otherAdminToken).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"firstName\":\"Old\",\"lastName\":\"%sAho\"}".formatted(word)))
                    .andExpect(status().isOk());
        }
        // renamed through one club, found under the new name in both and under the old one in neither
        mvc.perform(patch("/api/users/" + both.getId()).header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lastName\":\"%sKoivu\"}".formatted(word)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/users").param("q", word.toLowerCase() + "koi").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(both.getId().toString()));
        mvc.perform(get("/api/users").param("q", "old " + word + "koivu").header(HttpHeaders.AUTHORIZATION,
                        otherAdminToken))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(both.getId().toString()));
        mvc.perform(get("/api/users").param("q", word + "aho").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(0)); // the namesake is another club's
        mvc.perform(get("/api/users").param("q", word + "aho").header(HttpHeaders.AUTHORIZATION, otherAdminToken))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(namesake.getId().toString()));
        mvc.perform(get("/api/users").param("q", word).header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andExpect(jsonPath("$.totalElements").value(2)); // across clubs, each person once

        // a membership removed for good takes the club's words of that person with it
        jdbc.update("DELETE FROM user_organizations WHERE user_id = ? AND organization_id = ?", both.getId(),
                otherClub.getId());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_search_words WHERE user_id = ? AND organization_id = ?",
                Integer.class, both.getId(), otherClub.getId())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_search_words WHERE user_id = ? AND organization_id = ?",
                Integer.class, both.getId(), club.getId())).isPositive();
    }

    @Test
    void playersSeeTheirRosterOnlyAndParentsTheirChildren() throws Exception {
        Team team = fixtures.team(club);
        Team otherTeam = fixtures.team(club);
        User player = fixtures.user(club, Role.PLAYER);
        User teammate = fixtures.user(club, Role.PLAYER);
        User stranger = fixtures.user(club, Role.PLAYER);
        User parent = fixtures.user(club, Role.PARENT);
        fixtures.member(team, player, TeamRole.PLAYER, 10);
        fixtures.member(team, teammate, TeamRole.PLAYER, 11);
        fixtures.member(otherTeam, stranger, TeamRole.PLAYER, 12);
        fixtures.link(club, parent, player);
        String playerToken = Fixtures.bearer(player, club, Role.PLAYER, team.getId());
        String parentToken = TestTokens.user(parent.getId()).organization(club.getId()).roles(Role.PARENT)
                .children(player.getId()).bearer();

        mvc.perform(get("/api/users").header(HttpHeaders.AUTHORIZATION, playerToken)).andExpect(status().isForbidden());
        mvc.perform(get("/api/users").param("teamId", team.getId().toString()).header(HttpHeaders.AUTHORIZATION, playerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/users").param("teamId", otherTeam.getId().toString()).header(HttpHeaders.AUTHORIZATION, playerToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users/" + teammate.getId()).header(HttpHeaders.AUTHORIZATION, playerToken))
                .andExpect(status().isOk());
        mvc.perform(get("/api/users/" + stranger.getId()).header(HttpHeaders.AUTHORIZATION, playerToken))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/users/" + player.getId()).header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(status().isOk());
        mvc.perform(get("/api/users/" + teammate.getId()).header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(status().isOk());
        mvc.perform(get("/api/users/" + stranger.getId()).header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users").param("teamId", team.getId().toString()).header(HttpHeaders.AUTHORIZATION, parentToken))
                .andExpect(status().isOk());

        // a player updates their own profile but not their active flag, and not others
        mvc.perform(patch("/api/users/" + player.getId()).header(HttpHeaders.AUTHORIZATION, playerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"+358 40 123 4567\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value("+358 40 123 4567"));
        mvc.perform(patch("/api/users/" + player.getId()).header(HttpHeaders.AUTHORIZATION, playerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/users/" + teammate.getId()).header(HttpHeaders.AUTHORIZATION, playerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"+358 40 123 4567\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherClubDoesNotExistForTheCaller() throws Exception {
        Organization otherClub = fixtures.club();
        User outsider = fixtures.user(otherClub, Role.PLAYER);
        String id = outsider.getId().toString();

        mvc.perform(get("/api/users/" + id).header(HttpHeaders.AUTHORIZATION, adminToken)).andExpect(status().isNotFound());
        mvc.perform(patch("/api/users/" + id).header(HttpHeaders.AUTHORIZATION, adminToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\":\"Hacked\"}")).andExpect(status().isNotFound());
        mvc.perform(put("/api/users/" + id + "/roles").header(HttpHeaders.AUTHORIZATION, adminToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"coach\"]}")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/users/" + id).header(HttpHeaders.AUTHORIZATION, adminToken)).andExpect(status().isNotFound());
        mvc.perform(get("/api/users").param("organizationId", otherClub.getId().toString())
                .header(HttpHeaders.AUTHORIZATION, adminToken)).andExpect(status().isNotFound());
        mvc.perform(get("/api/users").param("q", "test").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.content[*].id").value(org.hamcrest.Matchers.not(hasItem(id))));
        mvc.perform(post("/api/users/batch").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[\"%s\",\"%s\"]}".formatted(id, admin.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.users.length()").value(1))
                .andExpect(jsonPath("$.users[0].id").value(admin.getId().toString()))
                .andExpect(jsonPath("$.missing[0]").value(id));

        mvc.perform(get("/api/users/" + id).header(HttpHeaders.AUTHORIZATION, Fixtures.superAdmin()))
                .andExpect(status().isOk());
    }

    @Test
    void batchLookupIsLimitedTo500Ids() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            ids.add("\"" + UUID.randomUUID() + "\"");
        }
        mvc.perform(post("/api/users/batch").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[" + String.join(",", ids) + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ids"));
        mvc.perform(post("/api/users/batch").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/users/batch").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[" + String.join(",", ids.subList(0, 500)) + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missing.length()").value(500));
    }

    @Test
    void rolesAreReplacedByTheClubAdmin() throws Exception {
        User user = fixtures.user(club, Role.PLAYER);
        mvc.perform(put("/api/users/" + user.getId() + "/roles").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"coach\",\"parent\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(containsInAnyOrder("coach", "parent")));
        mvc.perform(put("/api/users/" + user.getId() + "/roles").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"service\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Test
    void softDeleteEndsMembershipsAndLinks() throws Exception {
        Team team = fixtures.team(club);
        User parent = fixtures.user(club, Role.PARENT);
        User player = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, player, TeamRole.PLAYER, 8);
        fixtures.link(club, parent, player);

        mvc.perform(delete("/api/users/" + player.getId()).header(HttpHeaders.AUTHORIZATION,
                Fixtures.bearer(player, club, Role.PLAYER))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/users/" + player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/users/" + player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/teams/" + team.getId() + "/members").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/users/" + parent.getId() + "/children").header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(jsonPath("$.length()").value(0));
        // the row stays, stamped
        assertThat(jdbc.queryForObject("SELECT deleted_at IS NOT NULL FROM users WHERE id = ?", Boolean.class,
                player.getId())).isTrue();
        // the jersey is free again
        User next = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, next, TeamRole.PLAYER, 8);
    }
}
