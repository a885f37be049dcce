package com.hockeyhub.admin.access;

import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminAccessPolicyTest {

    final AdminAccessPolicy policy = new AdminAccessPolicy();
    final UUID club = UUID.randomUUID();
    final UUID team = UUID.randomUUID();

    CurrentUser user(Role role, UUID... teams) {
        return new CurrentUser(UUID.randomUUID(), club, null, Set.of(role), Set.of(teams), Set.of());
    }

    CurrentUser platform(Role role) {
        return new CurrentUser(UUID.randomUUID(), null, null, Set.of(role), Set.of(), Set.of());
    }

    @Test
    void readsAreAboutTheCallersClubOrTheOnePlatformCallersName() {
        assertThat(policy.clubToRead(user(Role.PLAYER), null)).isEqualTo(club);
        assertThat(policy.clubToRead(user(Role.PLAYER), club)).isEqualTo(club);
        assertThatThrownBy(() -> policy.clubToRead(user(Role.CLUB_ADMIN), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        UUID named = UUID.randomUUID();
        assertThat(policy.clubToRead(platform(Role.SERVICE), named)).isEqualTo(named);
        assertThatThrownBy(() -> policy.clubToRead(platform(Role.SUPER_ADMIN), null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void writersPerScope() {
        assertThatNoException().isThrownBy(() -> policy.requireClubWriter(user(Role.CLUB_ADMIN)));
        assertThatThrownBy(() -> policy.requireClubWriter(user(Role.COACH))).isInstanceOf(ForbiddenException.class);
        assertThatNoException().isThrownBy(() -> policy.requireTeamWriter(user(Role.COACH, team), team));
        assertThatNoException().isThrownBy(() -> policy.requireTeamWriter(user(Role.ASSISTANT_COACH, team), team));
        assertThatThrownBy(() -> policy.requireTeamWriter(user(Role.COACH), team))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireTeamWriter(user(Role.PLAYER, team), team))
                .isInstanceOf(ForbiddenException.class);
        CurrentUser player = user(Role.PLAYER);
        assertThatNoException().isThrownBy(() -> policy.requireUserWriter(player, player.id()));
        assertThatThrownBy(() -> policy.requireUserWriter(player, UUID.randomUUID()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireSuperAdmin(user(Role.CLUB_ADMIN))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requirePlatform(user(Role.CLUB_ADMIN))).isInstanceOf(ForbiddenException.class);
        assertThatNoException().isThrownBy(() -> policy.requirePlatform(platform(Role.SERVICE)));
    }

    @Test
    void theAuditTrailIsForAdmins() {
        assertThat(policy.auditClub(user(Role.CLUB_ADMIN), null)).isEqualTo(club);
        assertThatThrownBy(() -> policy.auditClub(user(Role.CLUB_ADMIN), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.auditClub(user(Role.MEDICAL_STAFF), null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(policy.auditClub(platform(Role.SUPER_ADMIN), null)).isNull();
        assertThatThrownBy(() -> policy.auditClub(platform(Role.SERVICE), null)).isInstanceOf(ForbiddenException.class);
        assertThat(policy.readsPrivateSettings(user(Role.COACH))).isFalse();
        assertThat(policy.readsPrivateSettings(platform(Role.SERVICE))).isTrue();
    }
}
