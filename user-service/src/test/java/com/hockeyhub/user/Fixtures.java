package com.hockeyhub.user;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.user.family.FamilyService;
import com.hockeyhub.user.family.RelationshipType;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.organization.OrganizationRequests;
import com.hockeyhub.user.organization.OrganizationService;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRequests;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.team.TeamService;
import com.hockeyhub.user.team.TeamType;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserService;
import org.springframework.context.ApplicationContext;

/**
 * Test data set up through the services (fast, and obeying every rule); the behaviour under test is then exercised
 * over HTTP. Every name is unique, so tests sharing the run's database never see each other's data.
 */
public final class Fixtures {

    public static final String PASSWORD = "Rink-Side-2026";

    private final OrganizationService organizations;
    private final UserService users;
    private final TeamService teams;
    private final FamilyService families;

    public Fixtures(ApplicationContext context) {
        this.organizations = context.getBean(OrganizationService.class);
        this.users = context.getBean(UserService.class);
        this.teams = context.getBean(TeamService.class);
        this.families = context.getBean(FamilyService.class);
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public Organization club() {
        String sub = unique("club");
        return organizations.create(new OrganizationRequests.CreateOrganization("Club " + sub, sub, null, null, null,
                null));
    }

    public User user(Organization club, Role role) {
        LocalDate born = role == Role.PLAYER ? LocalDate.now().minusYears(15) : LocalDate.now().minusYears(45);
        return user(club, role, born);
    }

    public User user(Organization club, Role role, LocalDate dateOfBirth) {
        String email = unique(role.claimValue().replace("_", "")) + "@test.hockeyhub.dev";
        return users.createInOrganization(new UserService.NewUser(email, PASSWORD, "Test", lastName(role), null,
                dateOfBirth, null, null, null, "en"), club.getId(), Set.of(role));
    }

    public Team team(Organization club) {
        return teams.create(club.getId(), new TeamRequests.CreateTeam(unique("Team "), TeamType.JUNIOR, "U18",
                "2025-2026", null, club.getId()));
    }

    public void member(Team team, User user, TeamRole role, Integer jersey) {
        teams.addMember(team, new TeamRequests.AddMember(user.getId(), role, jersey, null));
    }

    public void link(Organization club, User parent, User child) {
        families.link(club.getId(), new FamilyService.NewLink(parent.getId(), child.getId(), RelationshipType.GUARDIAN,
                true));
    }

    /** A bearer token for the user as their login would carry it (club, role, teams, children). */
    public static String bearer(User user, Organization club, Role role, UUID... teams) {
        return TestTokens.user(user.getId()).organization(club.getId()).email(user.getEmail()).roles(role)
                .teams(teams).bearer();
    }

    public static String superAdmin() {
        return TestTokens.user(UUID.randomUUID()).roles(Role.SUPER_ADMIN).bearer();
    }

    private static String lastName(Role role) {
        String name = role.claimValue().replace("_", " ");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1).replace(" ", "-");
    }
}
