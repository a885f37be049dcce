package com.hockeyhub.training.access;

import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingAccessPolicyTest {

    final TrainingAccessPolicy policy = new TrainingAccessPolicy();
    final UUID club = UUID.randomUUID();
    final UUID team = UUID.randomUUID();

    CurrentUser user(Role role, Set<UUID> teams, Set<UUID> children) {
        return new CurrentUser(UUID.randomUUID(), club, null, Set.of(role), teams, children);
    }

    @Test
    void planners() {
        assertThatNoException().isThrownBy(() -> policy.requireTeamPlanner(user(Role.PHYSICAL_TRAINER, Set.of(), Set.of()), team));
        assertThatNoException().isThrownBy(() -> policy.requireTeamPlanner(user(Role.COACH, Set.of(team), Set.of()), team));
        assertThatThrownBy(() -> policy.requireTeamPlanner(user(Role.COACH, Set.of(), Set.of()), team))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requirePlanner(user(Role.PLAYER, Set.of(team), Set.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.club(new CurrentUser(UUID.randomUUID(), null, null, Set.of(Role.SERVICE),
                Set.of(), Set.of()))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void readers() {
        assertThatNoException().isThrownBy(() -> policy.requireTeamReader(user(Role.PLAYER, Set.of(team), Set.of()),
                club, team, false, "x"));
        assertThatNoException().isThrownBy(() -> policy.requireTeamReader(user(Role.PARENT, Set.of(), Set.of()),
                club, team, true, "x"));
        assertThatThrownBy(() -> policy.requireTeamReader(user(Role.PLAYER, Set.of(), Set.of()), club, team, false,
                "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requireTeamReader(user(Role.PHYSICAL_TRAINER, Set.of(), Set.of()),
                UUID.randomUUID(), team, false, "x")).isInstanceOf(NotFoundException.class);
        UUID child = UUID.randomUUID();
        assertThatNoException().isThrownBy(() -> policy.requirePlayerReader(user(Role.PARENT, Set.of(), Set.of(child)),
                child));
        assertThatThrownBy(() -> policy.requirePlayerReader(user(Role.PLAYER, Set.of(team), Set.of()), child))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireExecutionRecorder(user(Role.COACH, Set.of(), Set.of()), child, team))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void physicalTestsAndEquipment() {
        assertThatNoException().isThrownBy(() -> policy.requireTestRecorder(user(Role.PHYSICAL_TRAINER, Set.of(),
                Set.of()), false));
        assertThatNoException().isThrownBy(() -> policy.requireTestRecorder(user(Role.COACH, Set.of(team), Set.of()),
                true));
        assertThatThrownBy(() -> policy.requireTestRecorder(user(Role.COACH, Set.of(team), Set.of()), false))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireTestRecorder(user(Role.PLAYER, Set.of(team), Set.of()), true))
                .isInstanceOf(ForbiddenException.class);
        assertThatNoException().isThrownBy(() -> policy.requireTeamStaffReader(user(Role.MEDICAL_STAFF, Set.of(),
                Set.of()), team));
        assertThatThrownBy(() -> policy.requireTeamStaffReader(user(Role.ASSISTANT_COACH, Set.of(), Set.of()), team))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireTeamStaffReader(user(Role.PLAYER, Set.of(team), Set.of()), team))
                .isInstanceOf(ForbiddenException.class);
        assertThatNoException().isThrownBy(() -> policy.requireEquipmentUser(user(Role.COACH, Set.of(), Set.of())));
        assertThatThrownBy(() -> policy.requireEquipmentUser(user(Role.PARENT, Set.of(), Set.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatNoException().isThrownBy(() -> policy.requireEquipmentManager(user(Role.EQUIPMENT_MANAGER, Set.of(),
                Set.of())));
        assertThatThrownBy(() -> policy.requireEquipmentManager(user(Role.COACH, Set.of(team), Set.of())))
                .isInstanceOf(ForbiddenException.class);
    }
}
