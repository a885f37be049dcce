package com.hockeyhub.training.physicaltest;

import java.math.BigDecimal;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A test the club runs (30 m sprint, vertical jump, beep test): its unit and which way is better. */
@Entity
@Table(name = "physical_tests")
public class PhysicalTest extends ClubScopedEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "unit", nullable = false)
    private TestUnit unit;

    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter;

    @Column(name = "description")
    private String description;

    protected PhysicalTest() {
    }

    public PhysicalTest(UUID organizationId, PhysicalTestViews.TestRequest request) {
        super(organizationId);
        describe(request);
    }

    public void describe(PhysicalTestViews.TestRequest request) {
        this.name = request.name().trim();
        this.unit = request.unit();
        this.higherIsBetter = request.higherIsBetter();
        this.description = request.description();
    }

    /** Whether {@code a} is a better result than {@code b} on this test. */
    public boolean better(BigDecimal a, BigDecimal b) {
        int c = a.compareTo(b);
        return higherIsBetter ? c > 0 : c < 0;
    }

    public String getName() {
        return name;
    }

    public TestUnit getUnit() {
        return unit;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public String getDescription() {
        return description;
    }
}
