package com.hockeyhub.shared.testapp;

import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "test_records")
public class TestRecord extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(nullable = false)
    private String name;

    private int quantity;

    protected TestRecord() {
    }

    public TestRecord(UUID organizationId, String name, int quantity) {
        this.organizationId = organizationId;
        this.name = name;
        this.quantity = quantity;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public void rename(String name, int quantity) {
        this.name = name;
        this.quantity = quantity;
    }
}
