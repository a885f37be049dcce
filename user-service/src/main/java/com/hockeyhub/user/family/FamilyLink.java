package com.hockeyhub.user.family;

import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A parent (or guardian) linked to a minor in the same club ({@code parent_child_relationships}). */
@Entity
@Table(name = "parent_child_relationships")
public class FamilyLink extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "parent_id", nullable = false, updatable = false)
    private UUID parentId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type", nullable = false)
    private RelationshipType relationshipType;

    @Column(name = "primary_contact", nullable = false)
    private boolean primaryContact;

    protected FamilyLink() {
    }

    public FamilyLink(UUID organizationId, UUID parentId, UUID childId, RelationshipType relationshipType,
            boolean primaryContact) {
        this.organizationId = organizationId;
        this.parentId = parentId;
        this.childId = childId;
        this.relationshipType = relationshipType;
        this.primaryContact = primaryContact;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public UUID getChildId() {
        return childId;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public boolean isPrimaryContact() {
        return primaryContact;
    }
}
