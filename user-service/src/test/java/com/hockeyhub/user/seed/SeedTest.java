package com.hockeyhub.user.seed;

import java.util.UUID;

import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SeedTest {

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM organizations) || '/' || (SELECT count(*) FROM users) || '/'
                || (SELECT count(*) FROM user_organizations) || '/' || (SELECT count(*) FROM teams) || '/'
                || (SELECT count(*) FROM team_members) || '/' || (SELECT count(*) FROM parent_child_relationships)""";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoSeeder demo;

    @Autowired
    ScaleSeeder scale;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoClubIsCreatedOnceAndItsLoginsWork() throws Exception {
        demo.seed();
        String after = jdbc.queryForObject(COUNTS, String.class);
        assertThat(demo.seed()).isZero();
        assertThat(jdbc.queryForObject(COUNTS, String.class)).isEqualTo(after);

        String club = jdbc.queryForObject("SELECT id::text FROM organizations WHERE subdomain = 'demo'", String.class);
        assertThat(jdbc.queryForList("SELECT name FROM teams WHERE organization_id = ?::uuid ORDER BY name", String.class, club))
                .containsExactly("Junior A", "Rec League Stars", "Senior Men", "U16 Elite", "U18 AAA");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM team_members tm JOIN teams t ON t.id = tm.team_id
                WHERE t.name = 'U18 AAA' AND t.organization_id = ?::uuid AND tm.team_role = 'PLAYER'
                  AND tm.jersey_number IS NOT NULL AND tm.position IS NOT NULL""", Integer.class, club)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parent_child_relationships WHERE organization_id = ?::uuid",
                Integer.class, club)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT DISTINCT role FROM user_organizations WHERE organization_id = ?::uuid",
                String.class, club)).hasSize(10);

        // the documented ids the other services' seeds use (shared-lib DemoClub)
        assertThat(club).isEqualTo(DemoClub.ORGANIZATION.toString());
        assertThat(jdbc.queryForList("SELECT id FROM teams WHERE organization_id = ?::uuid", UUID.class, club))
                .containsExactlyInAnyOrderElementsOf(DemoClub.TEAMS);
        assertThat(jdbc.queryForObject("SELECT id FROM teams WHERE name = 'U18 AAA' AND organization_id = ?::uuid",
                UUID.class, club)).isEqualTo(DemoClub.TEAM_U18_AAA);
        assertThat(jdbc.queryForList("""
                SELECT tm.user_id FROM team_members tm WHERE tm.team_id = ? AND tm.team_role = 'PLAYER'""",
                UUID.class, DemoClub.TEAM_U18_AAA))
                .containsExactlyInAnyOrder(DemoClub.PLAYER_1, DemoClub.PLAYER_2, DemoClub.PLAYER_3);
        for (DemoSeeder.Person person : DemoSeeder.PEOPLE) {
            assertThat(jdbc.queryForObject("SELECT id FROM users WHERE email = ?", UUID.class, person.email()))
                    .as(person.email()).isEqualTo(DemoClub.PEOPLE.get(person.email()));
        }

        for (DemoSeeder.Person person : DemoSeeder.PEOPLE) {
            mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(person.email(), DemoSeeder.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.accessToken").isNotEmpty());
        }
    }

    @Test
    void theScaleClubIsToppedUpToTheTargetOnly() {
        scale.seed(45);
        assertThat(scale.seed(45)).isZero();
        assertThat(scale.seed(60)).isEqualTo(15);
        String club = jdbc.queryForObject("SELECT id::text FROM organizations WHERE subdomain = 'scale'", String.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_organizations WHERE organization_id = ?::uuid",
                Integer.class, club)).isEqualTo(60);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM team_members tm JOIN teams t ON t.id = tm.team_id
                WHERE t.organization_id = ?::uuid""", Integer.class, club)).isEqualTo(60);
    }
}
