package com.hockeyhub.shared.api.user;

import java.time.LocalDate;
import java.util.UUID;

/** A parent-child link. {@code relationshipType} is one of mother, father, guardian, other. */
public record ChildLinkDto(UUID id, UUID organizationId, UUID parentId, String parentName, UUID childId,
                           String childName, LocalDate childDateOfBirth, String relationshipType,
                           boolean primaryContact) {
}
