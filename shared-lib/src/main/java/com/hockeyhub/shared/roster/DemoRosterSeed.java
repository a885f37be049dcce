package com.hockeyhub.shared.roster;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.demo.DemoClub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code seed}: the demo club's roster as user-service's seed creates it, so a service's demo data has its
 * teams and people even before user-service's events arrive. Inserts only what is missing (never overwrites what
 * an event said), so it converges with the event handlers in any start order and a second run changes nothing.
 * Runs before the service's own seed (highest precedence among the runners).
 */
public class DemoRosterSeed implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoRosterSeed.class);
    static final String SEASON = "2025-2026";

    private record Person(String email, String firstName, String lastName, String role) {
    }

    private static final List<String[]> TEAMS = List.of(new String[]{"U16 Elite", "U16"},
            new String[]{"U18 AAA", "U18"}, new String[]{"Junior A", "U20"}, new String[]{"Senior Men", "Senior"},
            new String[]{"Rec League Stars", "Adult"});

    private static final List<Person> PEOPLE = List.of(
            new Person("superadmin@hockeyhub.demo", "Sofia", "Sterling", "super_admin"),
            new Person("admin@hockeyhub.demo", "Alex", "Morgan", "club_admin"),
            new Person("coach@hockeyhub.demo", "Mike", "Carter", "coach"),
            new Person("assistant.coach@hockeyhub.demo", "Jenna", "Brooks", "assistant_coach"),
            new Person("manager@hockeyhub.demo", "Tom", "Fischer", "team_manager"),
            new Person("medical@hockeyhub.demo", "Laura", "Chen", "medical_staff"),
            new Person("trainer@hockeyhub.demo", "Erik", "Lindqvist", "physical_trainer"),
            new Person("equipment@hockeyhub.demo", "Ray", "Dubois", "equipment_manager"),
            new Person("player@hockeyhub.demo", "Connor", "Walsh", "player"),
            new Person("player2@hockeyhub.demo", "Lucas", "Martin", "player"),
            new Person("player3@hockeyhub.demo", "Mikko", "Virtanen", "player"),
            new Person("parent@hockeyhub.demo", "Karen", "Walsh", "parent"),
            new Person("parent2@hockeyhub.demo", "David", "Martin", "parent"));

    private final JdbcRoster roster;
    private final TransactionTemplate transaction;

    public DemoRosterSeed(JdbcRoster roster, TransactionTemplate transaction) {
        this.roster = roster;
        this.transaction = transaction;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo roster present: {} teams, {} people, U18 AAA with {} members", TEAMS.size(), PEOPLE.size(),
                roster.members(DemoClub.TEAM_U18_AAA).size());
    }

    private void seed() {
        UUID club = DemoClub.ORGANIZATION;
        for (int i = 0; i < TEAMS.size(); i++) {
            roster.saveTeam(new RosterTeam(DemoClub.TEAMS.get(i), club, TEAMS.get(i)[0], TEAMS.get(i)[1], SEASON), false);
        }
        for (Person p : PEOPLE) {
            UUID organization = "super_admin".equals(p.role()) ? null : club;
            roster.savePerson(new RosterPerson(id(p.email()), organization, p.email(), p.firstName(), p.lastName(),
                    List.of(p.role()), true), false);
        }
        UUID u18 = DemoClub.TEAM_U18_AAA;
        member(u18, "coach@hockeyhub.demo", "coach", null, null);
        member(u18, "assistant.coach@hockeyhub.demo", "assistant_coach", null, null);
        member(u18, "manager@hockeyhub.demo", "team_manager", null, null);
        member(u18, "player@hockeyhub.demo", "player", 17, "center");
        member(u18, "player2@hockeyhub.demo", "player", 4, "defense");
        member(u18, "player3@hockeyhub.demo", "player", 31, "goalie");
        roster.saveLink(id("parent@hockeyhub.demo"), DemoClub.PLAYER_1, club, "mother", true, false);
        roster.saveLink(id("parent2@hockeyhub.demo"), DemoClub.PLAYER_2, club, "father", true, false);
    }

    private void member(UUID team, String email, String role, Integer jersey, String position) {
        roster.saveMember(new RosterMember(team, id(email), DemoClub.ORGANIZATION, role, jersey, position), false);
    }

    private static UUID id(String email) {
        return DemoClub.PEOPLE.get(email);
    }
}
