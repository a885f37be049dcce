package com.hockeyhub.payment.access;

import java.util.Set;
import java.util.UUID;

import com.hockeyhub.payment.access.PaymentAccessPolicy.InvoiceAccess;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The billing access rules, without Spring. */
class PaymentAccessPolicyTest {

    private final PaymentAccessPolicy policy = new PaymentAccessPolicy();
    private final UUID club = UUID.randomUUID();
    private final UUID otherClub = UUID.randomUUID();
    private final UUID parent = UUID.randomUUID();
    private final UUID child = UUID.randomUUID();
    private final UUID invoice = UUID.randomUUID();

    private CurrentUser user(UUID id, UUID organization, Set<UUID> children, Role... roles) {
        return new CurrentUser(id, organization, null, Set.of(roles), Set.of(), children);
    }

    @Test
    void clubAdminsSeeAndManageTheirClubOnly() {
        CurrentUser admin = user(UUID.randomUUID(), club, Set.of(), Role.CLUB_ADMIN);
        assertThat(policy.requireInvoiceReader(admin, club, parent, child, invoice)).isEqualTo(InvoiceAccess.CLUB);
        assertThat(policy.requireInvoiceManager(admin, club, invoice)).isEqualTo(club);
        assertThat(policy.requirePayer(admin, club, parent, child, invoice, false)).isEqualTo(InvoiceAccess.CLUB);
        assertThatThrownBy(() -> policy.requireInvoiceReader(admin, otherClub, parent, child, invoice))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requireInvoiceManager(admin, otherClub, invoice))
                .isInstanceOf(NotFoundException.class);
        assertThat(policy.seesWholeClub(admin)).isTrue();
    }

    @Test
    void familiesSeeTheirOwnBillsAndPayThemByCardOnly() {
        CurrentUser mother = user(parent, club, Set.of(), Role.PARENT);
        CurrentUser father = user(UUID.randomUUID(), club, Set.of(child), Role.PARENT);
        CurrentUser player = user(child, club, Set.of(), Role.PLAYER);
        CurrentUser stranger = user(UUID.randomUUID(), club, Set.of(UUID.randomUUID()), Role.PARENT);
        for (CurrentUser family : new CurrentUser[] {mother, father, player}) {
            assertThat(policy.requireInvoiceReader(family, club, parent, child, invoice))
                    .isEqualTo(InvoiceAccess.FAMILY);
            assertThat(policy.requirePayer(family, club, parent, child, invoice, true)).isEqualTo(InvoiceAccess.FAMILY);
            assertThatThrownBy(() -> policy.requirePayer(family, club, parent, child, invoice, false))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> policy.requireInvoiceManager(family, club, invoice))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> policy.requireInvoiceReader(stranger, club, parent, child, invoice))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requireInvoiceReader(user(parent, otherClub, Set.of(child), Role.PARENT),
                club, parent, child, invoice)).isInstanceOf(NotFoundException.class);
        assertThat(policy.seesWholeClub(mother)).isFalse();
    }

    @Test
    void plansAreForTheClubsAdminsAndThePlatform() {
        CurrentUser admin = user(UUID.randomUUID(), club, Set.of(), Role.CLUB_ADMIN);
        CurrentUser coach = user(UUID.randomUUID(), club, Set.of(), Role.COACH);
        CurrentUser service = user(UUID.randomUUID(), null, Set.of(), Role.SERVICE);
        CurrentUser operator = user(UUID.randomUUID(), null, Set.of(), Role.SUPER_ADMIN);
        policy.requireSubscriptionReader(admin, club);
        policy.requireSubscriptionReader(service, otherClub);
        policy.requireSubscriptionManager(operator, otherClub);
        policy.requirePlatform(service);
        policy.requirePlatform(operator);
        assertThatThrownBy(() -> policy.requireSubscriptionReader(coach, club)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireSubscriptionReader(admin, otherClub))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requireSubscriptionManager(service, club))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.requirePlatform(admin)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireBillingAdmin(operator)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.requireClubMember(service)).isInstanceOf(ForbiddenException.class);
    }
}
