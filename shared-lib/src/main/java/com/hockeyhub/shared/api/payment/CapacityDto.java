package com.hockeyhub.shared.api.payment;

import java.util.UUID;

/**
 * Whether {@code additional} more of a resource (users, teams, players) fit a club's subscription:
 * {@code GET /api/subscriptions/{orgId}/capacity?resource=players&additional=1}, or request-reply on
 * {@link #QUERY} with a {@link Query}. {@code limit} is {@code null} when unlimited; a club without an active or
 * trialing subscription fits nothing.
 */
public record CapacityDto(UUID organizationId, String resource, long used, Integer limit, int additional,
                          boolean fits, String subscriptionStatus) {

    /** The request-reply query name (subject {@code hockeyhub.query.payment.capacity}). */
    public static final String QUERY = "payment.capacity";

    /** The request-reply question; {@code resource}: users, teams or players. */
    public record Query(UUID organizationId, String resource, int additional) {
    }
}
