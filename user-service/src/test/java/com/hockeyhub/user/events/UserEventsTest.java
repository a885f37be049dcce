package com.hockeyhub.user.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.user.UserEvents.FamilyLinkChanged;
import com.hockeyhub.shared.api.user.UserEvents.OrganizationChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.family.FamilyService;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.organization.OrganizationRequests;
import com.hockeyhub.user.organization.OrganizationService;
import com.hockeyhub.user.seed.DemoSeeder;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRequests;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.team.TeamService;
import com.hockeyhub.user.team.TeamType;
import com.hockeyhub.user.user.Position;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserRequests;
import com.hockeyhub.user.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every change in user-service reaches the bus through the outbox: type, club and payload as a consumer sees them. */
@IntegrationTest
class UserEventsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RecordedEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserService users;
    @Autowired
    TeamService teams;
    @Autowired
    FamilyService families;
    @Autowired
    DemoSeeder demo;

    Fixtures fixtures;
    Organization club;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        club = fixtures.club();
    }

    @Test
    void organizationChangesArePublished() {
        var created = events.await(EventTypes.ORGANIZATION_CREATED, OrganizationChanged.class,
                o -> o.organizationId().equals(club.getId()));
        assertThat(created.envelope().organizationId()).isEqualTo(club.getId());
        assertThat(created.envelope().source()).isEqualTo("user-service");
        assertThat(created.data()).isEqualTo(new OrganizationChanged(club.getId(), club.getName(), club.getSubdomain(),
                "basic", true));

        organizations.update(club.getId(), new OrganizationRequests.UpdateOrganization("Renamed " + club.getName(),
                null, null, null, null, false, null));
        var updated = events.await(EventTypes.ORGANIZATION_UPDATED, OrganizationChanged.class,
                o -> o.organizationId().equals(club.getId()));
        assertThat(updated.data().name()).isEqualTo("Renamed " + club.getName());
        assertThat(updated.data().active()).isFalse();

        organizations.delete(club.getId());
        var deleted = events.await(EventTypes.ORGANIZATION_DELETED, OrganizationChanged.class,
                o -> o.organizationId().equals(club.getId()));
        assertThat(deleted.envelope().organizationId()).isEqualTo(club.getId());
    }

    @Test
    void userChangesArePublishedWithTheClubAndRoles() {
        User coach = fixtures.user(club, Role.COACH);
        var created = events.await(EventTypes.USER_CREATED, UserChanged.class, u -> u.userId().equals(coach.getId()));
        assertThat(created.envelope().organizationId()).isEqualTo(club.getId());
        assertThat(created.data()).isEqualTo(new UserChanged(coach.getId(), club.getId(), coach.getEmail(), "Test",
                "Coach", List.of("coach"), true));

        users.update(coach.getId(), update("Michael", null), true);
        var updated = events.await(EventTypes.USER_UPDATED, UserChanged.class, u -> u.userId().equals(coach.getId()));
        assertThat(updated.data().firstName()).isEqualTo("Michael");
        assertThat(updated.envelope().organizationId()).isEqualTo(club.getId());

        users.replaceRoles(coach.getId(), club.getId(), Set.of(Role.COACH, Role.TEAM_MANAGER));
        var roles = events.await(EventTypes.USER_ROLE_CHANGED, UserChanged.class, u -> u.userId().equals(coach.getId()));
        assertThat(roles.data().roles()).containsExactlyInAnyOrder("coach", "team_manager");
        assertThat(roles.envelope().organizationId()).isEqualTo(club.getId());

        users.update(coach.getId(), update(null, false), true);
        var deactivated = events.await(EventTypes.USER_DEACTIVATED, UserChanged.class,
                u -> u.userId().equals(coach.getId()));
        assertThat(deactivated.data().active()).isFalse();

        users.update(coach.getId(), update(null, true), true);
        var activated = events.await(EventTypes.USER_ACTIVATED, UserChanged.class,
                u -> u.userId().equals(coach.getId()));
        assertThat(activated.data().active()).isTrue();
        // an activation alone is not also reported as an update
        assertThat(events.of(EventTypes.USER_UPDATED, UserChanged.class, u -> u.userId().equals(coach.getId())))
                .hasSize(1);
    }

    @Test
    void aSelfRegisteredUserHasNoClub() throws Exception {
        String email = Fixtures.unique("self") + "@test.hockeyhub.dev";
        mvc.perform(post("/api/auth/register").contentType(MediaType.APPLICATION_JSON).content("""
                        {"email":"%s","password":"%s","firstName":"Sam","lastName":"Solo"}"""
                        .formatted(email, Fixtures.PASSWORD)))
                .andExpect(status().isCreated());

        var created = events.await(EventTypes.USER_CREATED, UserChanged.class, u -> u.email().equals(email));
        assertThat(created.envelope().organizationId()).isNull();
        assertThat(created.data().roles()).isEmpty();
    }

    @Test
    void teamAndRosterChangesArePublished() {
        Team team = fixtures.team(club);
        var created = events.await(EventTypes.TEAM_CREATED, TeamChanged.class, t -> t.teamId().equals(team.getId()));
        assertThat(created.envelope().organizationId()).isEqualTo(club.getId());
        assertThat(created.data()).isEqualTo(new TeamChanged(team.getId(), club.getId(), team.getName(), "junior",
                "U18", "2025-2026"));

        teams.update(team.getId(), new TeamRequests.UpdateTeam(null, TeamType.SENIOR, "Senior", null, null, null,
                null));
        var updated = events.await(EventTypes.TEAM_UPDATED, TeamChanged.class, t -> t.teamId().equals(team.getId()));
        assertThat(updated.data().teamType()).isEqualTo("senior");
        assertThat(updated.data().ageGroup()).isEqualTo("Senior");

        User player = fixtures.user(club, Role.PLAYER);
        teams.addMember(team, new TeamRequests.AddMember(player.getId(), TeamRole.PLAYER, 17, Position.CENTER));
        var added = events.await(EventTypes.TEAM_MEMBER_ADDED, TeamMemberChanged.class,
                m -> m.userId().equals(player.getId()));
        assertThat(added.envelope().organizationId()).isEqualTo(club.getId());
        assertThat(added.data()).isEqualTo(new TeamMemberChanged(team.getId(), player.getId(), club.getId(), "player",
                17, "center"));

        teams.updateMember(team.getId(), player.getId(), new TeamRequests.UpdateMember(TeamRole.TEAM_MANAGER, null, null,
                null));
        var role = events.await(EventTypes.TEAM_MEMBER_ROLE_CHANGED, TeamMemberChanged.class,
                m -> m.userId().equals(player.getId()));
        assertThat(role.data().teamRole()).isEqualTo("team_manager");
        assertThat(role.data().jerseyNumber()).isEqualTo(17);

        teams.removeMember(team.getId(), player.getId());
        var removed = events.await(EventTypes.TEAM_MEMBER_REMOVED, TeamMemberChanged.class,
                m -> m.userId().equals(player.getId()));
        assertThat(removed.data().teamId()).isEqualTo(team.getId());
        assertThat(removed.envelope().organizationId()).isEqualTo(club.getId());
    }

    @Test
    void deletingATeamEndsItsRoster() {
        Team team = fixtures.team(club);
        User player = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, player, TeamRole.PLAYER, 9);

        teams.delete(team.getId());

        events.await(EventTypes.TEAM_DELETED, TeamChanged.class, t -> t.teamId().equals(team.getId()));
        var removed = events.await(EventTypes.TEAM_MEMBER_REMOVED, TeamMemberChanged.class,
                m -> m.teamId().equals(team.getId()));
        assertThat(removed.data().userId()).isEqualTo(player.getId());
    }

    @Test
    void familyLinksArePublished() {
        User parent = fixtures.user(club, Role.PARENT);
        User child = fixtures.user(club, Role.PLAYER, LocalDate.now().minusYears(12));
        fixtures.link(club, parent, child);

        var created = events.await(EventTypes.FAMILY_LINK_CREATED, FamilyLinkChanged.class,
                l -> l.childId().equals(child.getId()));
        assertThat(created.envelope().organizationId()).isEqualTo(club.getId());
        assertThat(created.data()).isEqualTo(new FamilyLinkChanged(parent.getId(), child.getId(), club.getId(),
                "guardian", true));

        UUID linkId = jdbc.queryForObject("SELECT id FROM parent_child_relationships WHERE child_id = ?", UUID.class,
                child.getId());
        families.unlink(linkId);
        var removed = events.await(EventTypes.FAMILY_LINK_REMOVED, FamilyLinkChanged.class,
                l -> l.childId().equals(child.getId()));
        assertThat(removed.data().parentId()).isEqualTo(parent.getId());
    }

    @Test
    void deletingAUserPublishesTheDeletionAndTheEndedMembershipsAndLinks() throws Exception {
        Team team = fixtures.team(club);
        User parent = fixtures.user(club, Role.PARENT);
        User player = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, player, TeamRole.PLAYER, 23);
        fixtures.link(club, parent, player);
        User admin = fixtures.user(club, Role.CLUB_ADMIN);

        mvc.perform(delete("/api/users/" + player.getId())
                        .header(HttpHeaders.AUTHORIZATION, Fixtures.bearer(admin, club, Role.CLUB_ADMIN)))
                .andExpect(status().isNoContent());

        var deleted = events.await(EventTypes.USER_DELETED, UserDeleted.class, u -> u.userId().equals(player.getId()));
        assertThat(deleted.data()).isEqualTo(new UserDeleted(player.getId(), club.getId()));
        assertThat(deleted.envelope().organizationId()).isEqualTo(club.getId());
        var left = events.await(EventTypes.TEAM_MEMBER_REMOVED, TeamMemberChanged.class,
                m -> m.userId().equals(player.getId()));
        assertThat(left.data()).isEqualTo(new TeamMemberChanged(team.getId(), player.getId(), club.getId(), "player",
                23, null));
        events.await(EventTypes.FAMILY_LINK_REMOVED, FamilyLinkChanged.class, l -> l.childId().equals(player.getId()));
    }

    @Test
    void aRolledBackChangePublishesNothing() throws Exception {
        User admin = fixtures.user(club, Role.CLUB_ADMIN);
        User existing = fixtures.user(club, Role.PLAYER);
        String token = Fixtures.bearer(admin, club, Role.CLUB_ADMIN);
        long outboxBefore = outboxRows();

        mvc.perform(post("/api/users").header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email":"%s","firstName":"Copy","lastName":"Cat","roles":["player"]}"""
                                .formatted(existing.getEmail().toUpperCase())))
                .andExpect(status().isConflict());
        // a team create that fails after the organization check (duplicate name) rolls back as well
        Team team = fixtures.team(club);
        mvc.perform(post("/api/teams").header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"%s","teamType":"junior","ageGroup":"U18","season":"2025-2026"}"""
                                .formatted(team.getName())))
                .andExpect(status().isConflict());

        // the relay sends in order: once a later change has arrived, an event of the failed ones would have too
        User later = fixtures.user(club, Role.COACH);
        events.await(EventTypes.USER_CREATED, UserChanged.class, u -> u.userId().equals(later.getId()));

        assertThat(events.of(EventTypes.USER_CREATED, UserChanged.class, u -> u.firstName().equals("Copy")
                && club.getId().equals(u.organizationId()))).isEmpty();
        assertThat(events.of(EventTypes.TEAM_CREATED, TeamChanged.class, t -> t.organizationId().equals(club.getId())))
                .extracting(TeamChanged::teamId).containsExactly(team.getId());
        // the team and the later user only: two outbox rows, nothing for the failed requests
        assertThat(outboxRows() - outboxBefore).isEqualTo(2);
    }

    @Test
    void theDemoClubIsAnnouncedOnceSoOtherServicesLearnItsRosters() {
        demo.seed();
        Organization demoClub = organizations.findBySubdomain(DemoSeeder.SUBDOMAIN).orElseThrow();
        UUID u18 = jdbc.queryForObject("SELECT id FROM teams WHERE organization_id = ? AND name = 'U18 AAA'",
                UUID.class, demoClub.getId());

        events.await(EventTypes.ORGANIZATION_CREATED, OrganizationChanged.class,
                o -> o.organizationId().equals(demoClub.getId()));
        assertThat(events.awaitCount(EventTypes.TEAM_CREATED, TeamChanged.class,
                t -> t.organizationId().equals(demoClub.getId()), 5))
                .hasSize(5);
        assertThat(events.awaitCount(EventTypes.USER_CREATED, UserChanged.class,
                u -> demoClub.getId().equals(u.organizationId()), 13))
                .hasSize(13);
        // the U18 AAA roster as calendar-service builds it: three staff and three players
        assertThat(events.awaitCount(EventTypes.TEAM_MEMBER_ADDED, TeamMemberChanged.class,
                m -> m.teamId().equals(u18), 6))
                .extracting(TeamMemberChanged::teamRole)
                .containsExactlyInAnyOrder("coach", "assistant_coach", "team_manager", "player", "player", "player");
        assertThat(events.awaitCount(EventTypes.FAMILY_LINK_CREATED, FamilyLinkChanged.class,
                l -> l.organizationId().equals(demoClub.getId()), 2)).hasSize(2);

        long before = outboxRows(demoClub.getId());
        assertThat(demo.seed()).isZero();
        assertThat(outboxRows(demoClub.getId())).isEqualTo(before);
    }

    private long outboxRows() {
        return outboxRows(club.getId());
    }

    private long outboxRows(UUID organizationId) {
        return jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE organization_id = ?", Long.class,
                organizationId);
    }

    private static UserRequests.UpdateUser update(String firstName, Boolean active) {
        return new UserRequests.UpdateUser(null, firstName, null, null, null, null, null, null, null, active, null);
    }
}
