package com.hockeyhub.payment.access;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who sees and does what with a club's billing. Pure decisions on the token and the
 * record's owners, no lookups (unit-tested without Spring).
 * <ul>
 *   <li>Club admin: everything of their own club (invoices, payments, refunds, season fees, dashboards, the plan).</li>
 *   <li>Everyone else of the club: their family's bills only — invoices they pay, invoices for themselves, and
 *       invoices for their linked children (the token's {@code children}); they may pay those by card.</li>
 *   <li>Service tokens and super admins: the platform calls (trial saga step, capacity) and reading any club's plan.</li>
 *   <li>Another club's, or another family's, record does not exist for the caller (404).</li>
 * </ul>
 */
@Component
public class PaymentAccessPolicy {

    /** How a caller relates to an invoice. */
    public enum InvoiceAccess { CLUB, FAMILY }

    /** The club a club admin manages: 403 for every other role or a token without a club. */
    public UUID requireBillingAdmin(CurrentUser user) {
        if (!user.hasRole(Role.CLUB_ADMIN) || user.organizationId() == null) {
            throw new ForbiddenException("Only the club's administrators manage billing");
        }
        return user.organizationId();
    }

    /** The caller's club (any member); 403 for a token without one. */
    public UUID requireClubMember(CurrentUser user) {
        if (user.organizationId() == null) {
            throw new ForbiddenException("The token carries no club");
        }
        return user.organizationId();
    }

    /** Whether the caller sees every bill of their club. */
    public boolean seesWholeClub(CurrentUser user) {
        return user.hasRole(Role.CLUB_ADMIN) && user.organizationId() != null;
    }

    /**
     * Reading an invoice (and its payments and PDF): the club's admins, its payer, the player it is for and that
     * player's linked parents; 404 for everyone else (another club, another family).
     */
    public InvoiceAccess requireInvoiceReader(CurrentUser user, UUID organizationId, UUID payerId, UUID playerId,
            UUID invoiceId) {
        if (user.organizationId() == null || !user.organizationId().equals(organizationId)) {
            throw new NotFoundException("Invoice", invoiceId);
        }
        if (seesWholeClub(user)) {
            return InvoiceAccess.CLUB;
        }
        if (isFamily(user, payerId, playerId)) {
            return InvoiceAccess.FAMILY;
        }
        throw new NotFoundException("Invoice", invoiceId);
    }

    /** Changing an invoice (issue, void) or refunding: the club's admins; 404 outside the club, 403 inside. */
    public UUID requireInvoiceManager(CurrentUser user, UUID organizationId, UUID invoiceId) {
        if (user.organizationId() == null || !user.organizationId().equals(organizationId)) {
            throw new NotFoundException("Invoice", invoiceId);
        }
        return requireBillingAdmin(user);
    }

    /**
     * Recording a payment: the club's admins by any method; the family by card only (403 for other methods); 404 for
     * anyone who may not see the invoice.
     */
    public InvoiceAccess requirePayer(CurrentUser user, UUID organizationId, UUID payerId, UUID playerId,
            UUID invoiceId, boolean card) {
        InvoiceAccess access = requireInvoiceReader(user, organizationId, payerId, playerId, invoiceId);
        if (access == InvoiceAccess.FAMILY && !card) {
            throw new ForbiddenException("Families pay by card; other methods are recorded by the club");
        }
        return access;
    }

    /** Whether the invoice is the caller's family's: they pay it, it is for them, or for a linked child. */
    public boolean isFamily(CurrentUser user, UUID payerId, UUID playerId) {
        return user.id().equals(payerId) || (playerId != null && user.isSelfOrParentOf(playerId));
    }

    /**
     * Reading a club's plan, usage and capacity: platform operators and services for any club, the club's admins for
     * their own; a member of the club who is not an admin gets 403, anyone of another club 404.
     */
    public void requireSubscriptionReader(CurrentUser user, UUID organizationId) {
        if (user.isPlatformWide()) {
            return;
        }
        if (user.organizationId() == null || !user.organizationId().equals(organizationId)) {
            throw new NotFoundException("Subscription of organization", organizationId);
        }
        requireBillingAdmin(user);
    }

    /** Changing or cancelling a club's plan: super admins for any club, the club's admins for their own. */
    public void requireSubscriptionManager(CurrentUser user, UUID organizationId) {
        if (user.isSuperAdmin()) {
            return;
        }
        if (user.organizationId() == null || !user.organizationId().equals(organizationId)) {
            throw new NotFoundException("Subscription of organization", organizationId);
        }
        requireBillingAdmin(user);
    }

    /** The platform's own calls (the onboarding saga's trial step and its compensation): service tokens, super admins. */
    public void requirePlatform(CurrentUser user) {
        if (!user.isPlatformWide()) {
            throw new ForbiddenException("Only the platform (service token or super admin) may do this");
        }
    }
}
