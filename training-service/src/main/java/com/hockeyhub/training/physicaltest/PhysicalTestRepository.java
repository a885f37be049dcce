package com.hockeyhub.training.physicaltest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PhysicalTestRepository extends JpaRepository<PhysicalTest, UUID> {

    List<PhysicalTest> findByOrganizationIdOrderByName(UUID organizationId);

    List<PhysicalTest> findByOrganizationIdAndIdIn(UUID organizationId, java.util.Collection<UUID> ids);

    @Query("select count(t) > 0 from PhysicalTest t where t.organizationId = ?1 and lower(t.name) = lower(?2) "
            + "and (?3 is null or t.id <> ?3)")
    boolean nameTaken(UUID organizationId, String name, UUID except);
}
