package com.hockeyhub.training.equipment;

import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A piece of the club's equipment that is reserved as one (a slide board, a bike, the sled); name unique per club. */
@Entity
@Table(name = "equipment_items")
public class EquipmentItem extends ClubScopedEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "category")
    private String category;

    @Column(name = "location")
    private String location;

    @Column(name = "notes")
    private String notes;

    protected EquipmentItem() {
    }

    public EquipmentItem(UUID organizationId, EquipmentViews.ItemRequest request) {
        super(organizationId);
        describe(request);
    }

    public void describe(EquipmentViews.ItemRequest request) {
        this.name = request.name().trim();
        this.category = request.category();
        this.location = request.location();
        this.notes = request.notes();
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getLocation() {
        return location;
    }

    public String getNotes() {
        return notes;
    }
}
