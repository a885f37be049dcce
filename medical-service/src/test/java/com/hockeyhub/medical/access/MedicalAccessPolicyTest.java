package com.hockeyhub.medical.access;

import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.roster.PlayerRef;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision table of {@link MedicalAccessPolicy#levelFor}; the HTTP-level consequences are in HostileAccessTest. */
class MedicalAccessPolicyTest {

    private final MedicalAccessPolicy policy = new MedicalAccessPolicy(null);
    private final UUID club = UUID.randomUUID();
    private final UUID otherClub = UUID.randomUUID();
    private final UUID team = UUID.randomUUID();
    private final UUID otherTeam = UUID.randomUUID();
    private final PlayerRef player = new PlayerRef(UUID.randomUUID(), club, Set.of(team));

    private CurrentUser user(UUID organization, Set<Role> roles, Set<UUID> teams, Set<UUID> children) {
        return new CurrentUser(UUID.randomUUID(), organization, null, roles, teams, children);
    }

    private AccessLevel level(UUID organization, Role role) {
        return policy.levelFor(user(organization, Set.of(role), Set.of(team), Set.of(player.playerId())), player);
    }

    @Test
    void medicalStaffTheirPlayerAndTheirParentsSeeEverything() {
        assertThat(level(club, Role.MEDICAL_STAFF)).isEqualTo(AccessLevel.FULL);
        CurrentUser self = new CurrentUser(player.playerId(), club, null, Set.of(Role.PLAYER), Set.of(), Set.of());
        assertThat(policy.levelFor(self, player)).isEqualTo(AccessLevel.FULL);
        assertThat(policy.levelFor(user(club, Set.of(Role.PARENT), Set.of(), Set.of(player.playerId())), player))
                .isEqualTo(AccessLevel.FULL);
    }

    @Test
    void coachingStaffOfThePlayersTeamAndClubAdminsSeeAvailabilityOnly() {
        for (Role role : new Role[] {Role.COACH, Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER, Role.CLUB_ADMIN}) {
            assertThat(level(club, role)).as(role.name()).isEqualTo(AccessLevel.AVAILABILITY);
        }
        assertThat(policy.levelFor(user(club, Set.of(Role.CLUB_ADMIN), Set.of(), Set.of()), player))
                .isEqualTo(AccessLevel.AVAILABILITY);
    }

    @Test
    void coachingStaffOfAnotherTeamSeeNothing() {
        for (Role role : new Role[] {Role.COACH, Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER}) {
            assertThat(policy.levelFor(user(club, Set.of(role), Set.of(otherTeam), Set.of()), player)).as(role.name())
                    .isEqualTo(AccessLevel.NONE);
        }
    }

    @Test
    void otherPlayersOtherParentsAndOtherRolesSeeNothing() {
        assertThat(policy.levelFor(user(club, Set.of(Role.PLAYER), Set.of(team), Set.of()), player))
                .isEqualTo(AccessLevel.NONE);
        assertThat(policy.levelFor(user(club, Set.of(Role.PARENT), Set.of(), Set.of(UUID.randomUUID())), player))
                .isEqualTo(AccessLevel.NONE);
        // a child link without the parent role (e.g. a stale claim on a coach token) grants nothing
        assertThat(policy.levelFor(user(club, Set.of(Role.EQUIPMENT_MANAGER), Set.of(), Set.of(player.playerId())),
                player)).isEqualTo(AccessLevel.NONE);
        assertThat(level(club, Role.TEAM_MANAGER)).isEqualTo(AccessLevel.NONE);
        assertThat(level(club, Role.EQUIPMENT_MANAGER)).isEqualTo(AccessLevel.NONE);
    }

    @Test
    void anotherClubSeesNothingWhateverTheRole() {
        for (Role role : new Role[] {Role.MEDICAL_STAFF, Role.CLUB_ADMIN, Role.COACH, Role.PARENT, Role.PLAYER}) {
            assertThat(level(otherClub, role)).as(role.name()).isEqualTo(AccessLevel.NONE);
        }
        assertThat(policy.levelFor(new CurrentUser(player.playerId(), otherClub, null, Set.of(Role.PLAYER), Set.of(),
                Set.of()), player)).isEqualTo(AccessLevel.NONE);
        assertThat(level(null, Role.MEDICAL_STAFF)).isEqualTo(AccessLevel.NONE);
    }

    @Test
    void platformOperatorsAndServicesSeeAvailabilityOnly() {
        assertThat(level(null, Role.SUPER_ADMIN)).isEqualTo(AccessLevel.AVAILABILITY);
        assertThat(level(otherClub, Role.SERVICE)).isEqualTo(AccessLevel.AVAILABILITY);
    }
}
