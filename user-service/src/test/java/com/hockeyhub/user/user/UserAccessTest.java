package com.hockeyhub.user.user;

import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administration rules on their own, without Spring. */
class UserAccessTest {

    final UUID club = UUID.randomUUID();
    final UUID otherClub = UUID.randomUUID();

    CurrentUser caller(UUID org, Role... roles) {
        return new CurrentUser(UUID.randomUUID(), org, null, Set.of(roles), Set.of(), Set.of());
    }

    UserAccess.Target target(Set<UUID> clubs, Role... roles) {
        return new UserAccess.Target(UUID.randomUUID(), clubs, Set.of(roles));
    }

    @Test
    void aClubAdminAdministersTheirMembersButNeverASuperAdmin() {
        CurrentUser admin = caller(club, Role.CLUB_ADMIN);
        assertThatCode(() -> UserAccess.requireMayAdminister(admin, target(Set.of(club), Role.PLAYER)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UserAccess.requireMayAdminister(admin, target(Set.of(club), Role.SUPER_ADMIN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccess.requireMayAdminister(admin, target(Set.of(otherClub), Role.PLAYER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> UserAccess.requireMayAdminister(caller(club, Role.COACH),
                target(Set.of(club), Role.PLAYER))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccess.requireMayAdminister(caller(null, Role.SERVICE),
                target(Set.of(club), Role.PLAYER))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theEmailOfAnAdminOrOfAMemberOfSeveralClubsIsNotAClubAdminsToChange() {
        CurrentUser admin = caller(club, Role.CLUB_ADMIN);
        assertThatCode(() -> UserAccess.requireMayChangeEmail(admin, target(Set.of(club), Role.PLAYER, Role.PARENT)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UserAccess.requireMayChangeEmail(admin, target(Set.of(club), Role.CLUB_ADMIN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccess.requireMayChangeEmail(admin, target(Set.of(club), Role.SUPER_ADMIN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccess.requireMayChangeEmail(admin, target(Set.of(club, otherClub),
                Role.PLAYER))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccess.requireMayChangeEmail(admin, target(Set.of(otherClub), Role.PLAYER)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void usersChangeTheirOwnAddressAndSuperAdminsAnyone() {
        CurrentUser player = caller(club, Role.PLAYER);
        assertThatCode(() -> UserAccess.requireMayChangeEmail(player,
                new UserAccess.Target(player.id(), Set.of(club, otherClub), Set.of(Role.PLAYER))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UserAccess.requireMayChangeEmail(player, target(Set.of(club), Role.PLAYER)))
                .isInstanceOf(ForbiddenException.class);
        CurrentUser superAdmin = caller(null, Role.SUPER_ADMIN);
        assertThatCode(() -> UserAccess.requireMayChangeEmail(superAdmin, target(Set.of(club, otherClub),
                Role.CLUB_ADMIN))).doesNotThrowAnyException();
    }
}
