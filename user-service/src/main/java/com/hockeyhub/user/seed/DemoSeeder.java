package com.hockeyhub.user.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.user.family.FamilyService;
import com.hockeyhub.user.family.RelationshipType;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.organization.OrganizationRequests;
import com.hockeyhub.user.organization.OrganizationService;
import com.hockeyhub.user.organization.SubscriptionTier;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRepository;
import com.hockeyhub.user.team.TeamRequests;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.team.TeamService;
import com.hockeyhub.user.team.TeamType;
import com.hockeyhub.user.user.Handedness;
import com.hockeyhub.user.user.Position;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The "Hockey Hub Demo Club": five teams, one login per role, three U18 AAA players, two parents. Everything is
 * looked up before it is created, so running it again changes nothing. Goes through the normal services, so the
 * data obeys every business rule.
 */
@Component
public class DemoSeeder {

    public static final String SUBDOMAIN = "demo";
    public static final String PASSWORD = "Demo-Hockey-2026";
    public static final String SEASON = "2025-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    record Person(String email, String firstName, String lastName, Role role, LocalDate dateOfBirth,
                  Integer jersey, Position position, Handedness handedness) {
    }

    record TeamSpec(String name, TeamType type, String ageGroup) {
    }

    static final List<TeamSpec> TEAMS = List.of(
            new TeamSpec("U16 Elite", TeamType.YOUTH, "U16"),
            new TeamSpec("U18 AAA", TeamType.JUNIOR, "U18"),
            new TeamSpec("Junior A", TeamType.JUNIOR, "U20"),
            new TeamSpec("Senior Men", TeamType.SENIOR, "Senior"),
            new TeamSpec("Rec League Stars", TeamType.RECREATIONAL, "Adult"));

    static final List<Person> PEOPLE = List.of(
            new Person("superadmin@hockeyhub.demo", "Sofia", "Sterling", Role.SUPER_ADMIN, LocalDate.of(1982, 5, 2), null, null, null),
            new Person("admin@hockeyhub.demo", "Alex", "Morgan", Role.CLUB_ADMIN, LocalDate.of(1980, 9, 12), null, null, null),
            new Person("coach@hockeyhub.demo", "Mike", "Carter", Role.COACH, LocalDate.of(1976, 1, 23), null, null, null),
            new Person("assistant.coach@hockeyhub.demo", "Jenna", "Brooks", Role.ASSISTANT_COACH, LocalDate.of(1988, 7, 4), null, null, null),
            new Person("manager@hockeyhub.demo", "Tom", "Fischer", Role.TEAM_MANAGER, LocalDate.of(1979, 3, 30), null, null, null),
            new Person("medical@hockeyhub.demo", "Laura", "Chen", Role.MEDICAL_STAFF, LocalDate.of(1984, 11, 18), null, null, null),
            new Person("trainer@hockeyhub.demo", "Erik", "Lindqvist", Role.PHYSICAL_TRAINER, LocalDate.of(1990, 2, 14), null, null, null),
            new Person("equipment@hockeyhub.demo", "Ray", "Dubois", Role.EQUIPMENT_MANAGER, LocalDate.of(1971, 8, 8), null, null, null),
            new Person("player@hockeyhub.demo", "Connor", "Walsh", Role.PLAYER, LocalDate.of(2010, 3, 14), 17, Position.CENTER, Handedness.LEFT),
            new Person("player2@hockeyhub.demo", "Lucas", "Martin", Role.PLAYER, LocalDate.of(2010, 11, 2), 4, Position.DEFENSE, Handedness.RIGHT),
            new Person("player3@hockeyhub.demo", "Mikko", "Virtanen", Role.PLAYER, LocalDate.of(2011, 6, 21), 31, Position.GOALIE, Handedness.LEFT),
            new Person("parent@hockeyhub.demo", "Karen", "Walsh", Role.PARENT, LocalDate.of(1978, 4, 9), null, null, null),
            new Person("parent2@hockeyhub.demo", "David", "Martin", Role.PARENT, LocalDate.of(1975, 12, 1), null, null, null));

    private final OrganizationService organizations;
    private final TeamService teams;
    private final TeamRepository teamRepository;
    private final UserService users;
    private final FamilyService families;

    public DemoSeeder(OrganizationService organizations, TeamService teams, TeamRepository teamRepository,
            UserService users, FamilyService families) {
        this.organizations = organizations;
        this.teams = teams;
        this.teamRepository = teamRepository;
        this.users = users;
        this.families = families;
    }

    /** Creates whatever of the demo club is missing; returns the number of records created. */
    public int seed() {
        int created = 0;
        Organization club = organizations.findBySubdomain(SUBDOMAIN).orElse(null);
        if (club == null) {
            club = organizations.create(new OrganizationRequests.CreateOrganization("Hockey Hub Demo Club", SUBDOMAIN,
                    null, "#0B3D91", "#F2A900", SubscriptionTier.PREMIUM), DemoClub.ORGANIZATION);
            created++;
        }
        Map<String, Team> teamsByName = new LinkedHashMap<>();
        for (int i = 0; i < TEAMS.size(); i++) {
            TeamSpec spec = TEAMS.get(i);
            Team team = teamRepository.findByName(club.getId(), spec.name(), SEASON).orElse(null);
            if (team == null) {
                team = teams.create(club.getId(), new TeamRequests.CreateTeam(spec.name(), spec.type(), spec.ageGroup(),
                        SEASON, spec.name() + " of the Hockey Hub Demo Club", club.getId()), DemoClub.TEAMS.get(i));
                created++;
            }
            teamsByName.put(spec.name(), team);
        }
        Map<String, User> people = new LinkedHashMap<>();
        for (Person p : PEOPLE) {
            User user = users.findByEmail(p.email()).orElse(null);
            if (user == null) {
                user = users.createInOrganization(new UserService.NewUser(p.email(), PASSWORD, p.firstName(),
                        p.lastName(), null, p.dateOfBirth(), p.jersey(), p.position(), p.handedness(), "en"),
                        club.getId(), Set.of(p.role()), DemoClub.PEOPLE.get(p.email()));
                created++;
            }
            people.put(p.email(), user);
        }
        Team u18 = teamsByName.get("U18 AAA");
        created += addToTeam(u18, people.get("coach@hockeyhub.demo"), TeamRole.COACH, null, null);
        created += addToTeam(u18, people.get("assistant.coach@hockeyhub.demo"), TeamRole.ASSISTANT_COACH, null, null);
        created += addToTeam(u18, people.get("manager@hockeyhub.demo"), TeamRole.TEAM_MANAGER, null, null);
        for (Person p : PEOPLE) {
            if (p.role() == Role.PLAYER) {
                created += addToTeam(u18, people.get(p.email()), TeamRole.PLAYER, p.jersey(), p.position());
            }
        }
        created += link(club, people.get("parent@hockeyhub.demo"), people.get("player@hockeyhub.demo"),
                RelationshipType.MOTHER);
        created += link(club, people.get("parent2@hockeyhub.demo"), people.get("player2@hockeyhub.demo"),
                RelationshipType.FATHER);
        printCredentials(created);
        return created;
    }

    private int addToTeam(Team team, User user, TeamRole role, Integer jersey, Position position) {
        if (teams.hasActiveMember(team.getId(), Set.of(user.getId()))) {
            return 0;
        }
        teams.addMember(team, new TeamRequests.AddMember(user.getId(), role, jersey, position));
        return 1;
    }

    private int link(Organization club, User parent, User child, RelationshipType type) {
        if (families.childIdsOf(parent.getId()).contains(child.getId())) {
            return 0;
        }
        families.link(club.getId(), new FamilyService.NewLink(parent.getId(), child.getId(), type, true));
        return 1;
    }

    private void printCredentials(int created) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Hockey Hub Demo Club (subdomain demo) - " + (created == 0 ? "already complete, nothing changed"
                : created + " records created"));
        lines.add(String.format("%-32s | %-18s | %-20s | %s", "E-MAIL", "ROLE", "NAME", "PASSWORD"));
        lines.add("-".repeat(32) + "-+-" + "-".repeat(18) + "-+-" + "-".repeat(20) + "-+-" + "-".repeat(17));
        for (Person p : PEOPLE) {
            lines.add(String.format("%-32s | %-18s | %-20s | %s", p.email(), p.role().claimValue(),
                    p.firstName() + " " + p.lastName(), PASSWORD));
        }
        log.info(String.join(System.lineSeparator(), lines));
    }
}
