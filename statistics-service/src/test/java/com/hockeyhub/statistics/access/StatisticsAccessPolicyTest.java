package com.hockeyhub.statistics.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.statistics.access.StatisticsAccessPolicy.PlayerView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy's decisions, without Spring: a roster of two clubs answered from two maps. */
class StatisticsAccessPolicyTest {

    private final UUID clubA = UUID.randomUUID();
    private final UUID clubB = UUID.randomUUID();
    private final UUID player = UUID.randomUUID();
    private final UUID teamA = UUID.randomUUID();
    private final UUID teamB = UUID.randomUUID();
    private final StatisticsAccessPolicy policy = new StatisticsAccessPolicy(new TwoClubs());

    @Test
    void detailedStatsForStaffThePlayerAndTheirParentsOnly() {
        for (Role staff : List.of(Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH, Role.TEAM_MANAGER,
                Role.PHYSICAL_TRAINER, Role.MEDICAL_STAFF)) {
            assertThat(StatisticsAccessPolicy.statsView(user(clubA, staff), clubA, player)).as(staff.name())
                    .isEqualTo(PlayerView.DETAILED);
        }
        assertThat(StatisticsAccessPolicy.statsView(self(clubA), clubA, player)).isEqualTo(PlayerView.DETAILED);
        assertThat(StatisticsAccessPolicy.statsView(parent(clubA, player), clubA, player))
                .isEqualTo(PlayerView.DETAILED);
        assertThat(StatisticsAccessPolicy.statsView(user(clubA, Role.PLAYER), clubA, player))
                .isEqualTo(PlayerView.AGGREGATES);
        assertThat(StatisticsAccessPolicy.statsView(parent(clubA, UUID.randomUUID()), clubA, player))
                .isEqualTo(PlayerView.AGGREGATES);
        assertThat(StatisticsAccessPolicy.statsView(user(clubA, Role.EQUIPMENT_MANAGER), clubA, player))
                .isEqualTo(PlayerView.AGGREGATES);
        assertThat(StatisticsAccessPolicy.statsView(user(clubB, Role.COACH), clubA, player))
                .isEqualTo(PlayerView.NONE);
        assertThat(StatisticsAccessPolicy.statsView(parent(clubB, player), clubA, player)).isEqualTo(PlayerView.NONE);
        assertThat(StatisticsAccessPolicy.statsView(user(clubA, Role.COACH), null, player))
                .isEqualTo(PlayerView.NONE);
    }

    @Test
    void detailedOnlyKeepsTheLinesTheCallerMaySeeInDetail() {
        UUID child = UUID.randomUUID();
        List<UUID> lines = List.of(player, child, UUID.randomUUID());
        assertThat(StatisticsAccessPolicy.detailedOnly(user(clubA, Role.COACH), clubA, lines, id -> id))
                .isEqualTo(lines);
        assertThat(StatisticsAccessPolicy.detailedOnly(self(clubA), clubA, lines, id -> id)).containsExactly(player);
        assertThat(StatisticsAccessPolicy.detailedOnly(parent(clubA, child), clubA, lines, id -> id))
                .containsExactly(child);
        assertThat(StatisticsAccessPolicy.detailedOnly(user(clubA, Role.PLAYER), clubA, lines, id -> id)).isEmpty();
        assertThat(StatisticsAccessPolicy.detailedOnly(user(clubB, Role.COACH), clubA, lines, id -> id)).isEmpty();
    }

    @Test
    void workloadLeavesOutTeamManagers() {
        assertThat(StatisticsAccessPolicy.workloadView(user(clubA, Role.TEAM_MANAGER), clubA, player))
                .isEqualTo(PlayerView.AGGREGATES);
        assertThat(StatisticsAccessPolicy.workloadView(user(clubA, Role.PHYSICAL_TRAINER), clubA, player))
                .isEqualTo(PlayerView.DETAILED);
    }

    @Test
    void refusalsAre404ForAnotherClubAnd403ForTooLittleRight() {
        assertThat(policy.requirePlayerStats(user(clubA, Role.COACH), player)).isEqualTo(player);
        assertThatThrownBy(() -> policy.requirePlayerStats(user(clubA, Role.PLAYER), player))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requirePlayerStats(user(clubB, Role.COACH), player))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requirePlayerStats(user(clubA, Role.COACH), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requirePlayerStats(user(null, Role.SUPER_ADMIN), player))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireRecorder(user(clubA, Role.PHYSICAL_TRAINER)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(policy.requireRecorder(user(clubA, Role.TEAM_MANAGER))).isEqualTo(clubA);
        assertThat(policy.requireTeam(user(clubA, Role.PARENT), teamA).teamId()).isEqualTo(teamA);
        assertThatThrownBy(() -> policy.requireTeam(user(clubA, Role.COACH), teamB))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requireTeamWorkload(user(clubA, Role.PLAYER), teamA))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireTeamWorkload(user(clubB, Role.PHYSICAL_TRAINER), teamA))
                .isInstanceOf(NotFoundException.class);
    }

    private CurrentUser user(UUID club, Role role) {
        return new CurrentUser(UUID.randomUUID(), club, null, Set.of(role), Set.of(), Set.of());
    }

    private CurrentUser self(UUID club) {
        return new CurrentUser(player, club, null, Set.of(Role.PLAYER), Set.of(), Set.of());
    }

    private CurrentUser parent(UUID club, UUID child) {
        return new CurrentUser(UUID.randomUUID(), club, null, Set.of(Role.PARENT), Set.of(), Set.of(child));
    }

    /** The player and team A in club A, team B in club B. */
    private final class TwoClubs implements Roster {

        private final Map<UUID, RosterTeam> teams = Map.of(teamA, new RosterTeam(teamA, clubA, "A", "U18", "x"),
                teamB, new RosterTeam(teamB, clubB, "B", "U18", "x"));

        @Override
        public Optional<RosterTeam> team(UUID teamId) {
            return Optional.ofNullable(teams.get(teamId));
        }

        @Override
        public List<RosterMember> members(UUID teamId) {
            return players(teamId);
        }

        @Override
        public List<RosterMember> players(UUID teamId) {
            return teamId.equals(teamA) ? List.of(new RosterMember(teamA, player, clubA, "player", 9, "center"))
                    : List.of();
        }

        @Override
        public List<RosterMember> memberships(UUID userId) {
            return userId.equals(player) ? players(teamA) : List.of();
        }

        @Override
        public boolean isMember(UUID teamId, UUID userId) {
            return teamId.equals(teamA) && userId.equals(player);
        }

        @Override
        public boolean isTeamOf(UUID teamId, UUID organizationId) {
            return team(teamId).filter(team -> team.organizationId().equals(organizationId)).isPresent();
        }

        @Override
        public Optional<RosterPerson> person(UUID userId) {
            return userId.equals(player) ? Optional.of(new RosterPerson(player, clubA, "p@x", "P", "Q",
                    List.of("player"), true)) : Optional.empty();
        }

        @Override
        public List<UUID> childrenOf(UUID parentId) {
            return List.of();
        }

        @Override
        public List<UUID> parentsOf(UUID childId) {
            return List.of();
        }

        @Override
        public Optional<UUID> primaryContactOf(UUID childId) {
            return Optional.empty();
        }
    }
}
