package com.hockeyhub.user.user;

import java.util.UUID;

/**
 * Raised (in-process, inside the deleting transaction) when a user is soft-deleted, so teams and families end
 * the user's memberships and links in the same transaction.
 */
public record UserDeleted(UUID userId) {
}
