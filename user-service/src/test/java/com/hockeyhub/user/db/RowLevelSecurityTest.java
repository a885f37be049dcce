package com.hockeyhub.user.db;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.SignedIn;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRepository;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** user-service's club tables under row-level security: a query without its club filter still sees only its club. */
@IntegrationTest
class RowLevelSecurityTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TeamRepository teams;

    @Autowired
    UserCache users;

    Fixtures fixtures;
    Organization clubA;
    Organization clubB;
    Team teamA;
    Team teamB;
    User both;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        clubA = fixtures.club();
        clubB = fixtures.club();
        teamA = fixtures.team(clubA);
        teamB = fixtures.team(clubB);
        both = fixtures.user(clubA, Role.COACH);
        jdbc.update("""
                INSERT INTO user_organizations (id, user_id, organization_id, role, joined_at, active, created_at,
                    updated_at, version) VALUES (?, ?, ?, 'COACH', now(), true, now(), now(), 0)""",
                UUID.randomUUID(), both.getId(), clubB.getId());
    }

    /** Signed in on this thread, the test states what a request would: not the fixtures' every club. */
    SignedIn request;

    @AfterEach
    void signOut() {
        if (request != null) {
            request.close();
        }
    }

    @Test
    void aRepositoryQueryWithoutItsClubFilterSeesNothingForeign() {
        signIn(clubA.getId());
        List<UUID> seen = teams.findAll().stream().map(Team::getId).toList();
        assertThat(seen).contains(teamA.getId()).doesNotContain(teamB.getId());
        assertThat(jdbc.queryForList("SELECT DISTINCT organization_id FROM user_organizations", UUID.class))
                .containsExactly(clubA.getId());

        signIn(null); // a user without a club sees no club's rows
        assertThat(teams.findAll()).isEmpty();
    }

    @Test
    void membershipsAndClubsOfAnotherClubAreHiddenToo() {
        fixtures.member(teamA, both, TeamRole.COACH, null);
        fixtures.member(teamB, both, TeamRole.COACH, null);
        String memberships = "SELECT team_id FROM team_members WHERE user_id = ?";

        signIn(clubA.getId());
        assertThat(jdbc.queryForList(memberships, UUID.class, both.getId())).containsExactly(teamA.getId());
        assertThat(jdbc.queryForList("SELECT id FROM organizations WHERE id IN (?, ?)", UUID.class, clubA.getId(),
                clubB.getId())).containsExactly(clubA.getId());
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO team_members (id, team_id, user_id, team_role, joined_at, created_at, updated_at, version)
                VALUES (?, ?, ?, 'PLAYER', now(), now(), now(), 0)""", UUID.randomUUID(), teamB.getId(),
                both.getId())).rootCause().hasMessageContaining("row-level security");
        assertThat(jdbc.update("UPDATE organizations SET name = name WHERE id = ?", clubB.getId())).isZero();

        signIn(null);
        assertThat(jdbc.queryForList(memberships, UUID.class, both.getId())).isEmpty();
        assertThat(jdbc.queryForList("SELECT id FROM organizations WHERE id IN (?, ?)", UUID.class, clubA.getId(),
                clubB.getId())).isEmpty();
    }

    @Test
    void peopleOfAnotherClubOnlyAreHiddenAndUntouchable() {
        User onlyB = fixtures.user(clubB, Role.PLAYER);
        String people = "SELECT id FROM users WHERE id IN (?, ?)";

        signIn(clubA.getId());
        assertThat(jdbc.queryForList(people, UUID.class, both.getId(), onlyB.getId())).containsExactly(both.getId());
        assertThat(jdbc.update("UPDATE users SET first_name = 'Renamed' WHERE id = ?", onlyB.getId())).isZero();
        assertThat(jdbc.update("DELETE FROM users WHERE id = ?", onlyB.getId())).isZero();

        signIn(clubB.getId());
        assertThat(jdbc.queryForList(people, UUID.class, both.getId(), onlyB.getId()))
                .containsExactlyInAnyOrder(both.getId(), onlyB.getId());

        signIn(null); // a user without a club sees nobody
        assertThat(jdbc.queryForList(people, UUID.class, both.getId(), onlyB.getId())).isEmpty();

        request.signOut(); // nobody signed in and nothing said: nobody
        assertThat(jdbc.queryForList(people, UUID.class, both.getId(), onlyB.getId())).isEmpty();
        request.close(); // work that says it spans clubs ('*')
        request = null;
        assertThat(jdbc.queryForObject("SELECT first_name FROM users WHERE id = ?", String.class, onlyB.getId()))
                .isNotEqualTo("Renamed");
    }

    @Test
    void anotherClubsRowIsRefused() {
        signIn(clubA.getId());
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO teams (id, organization_id, name, team_type, season, active, created_at, updated_at,
                    version) VALUES (?, ?, 'Intruders', 'YOUTH', '2026-2027', true, now(), now(), 0)""",
                UUID.randomUUID(), clubB.getId())).rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void theSharedUserCacheStillHoldsEveryClubOfAUser() {
        signIn(clubA.getId());
        assertThat(users.user(both.getId()).organizations())
                .containsExactlyInAnyOrder(clubA.getId(), clubB.getId());
    }

    private void signIn(UUID club) {
        request = request == null ? SignedIn.as(club, Role.COACH) : request.switchTo(club, Role.COACH);
    }
}
