package com.hockeyhub.medical.access;

import java.util.UUID;

/** A granted team-wide view: the team and its club. */
public record TeamAccess(UUID teamId, UUID organizationId) {
}
