package com.hockeyhub.training.equipment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EquipmentItemRepository extends JpaRepository<EquipmentItem, UUID> {

    List<EquipmentItem> findByOrganizationIdOrderByName(UUID organizationId);

    @Query("select count(e) > 0 from EquipmentItem e where e.organizationId = ?1 and lower(e.name) = lower(?2) "
            + "and (?3 is null or e.id <> ?3)")
    boolean nameTaken(UUID organizationId, String name, UUID except);
}
