package com.hockeyhub.training.physicaltest;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhysicalTestResultRepository extends JpaRepository<PhysicalTestResult, UUID> {

    List<PhysicalTestResult> findByOrganizationIdAndPlayerIdOrderByTestedOnDescCreatedAtDesc(UUID organizationId,
            UUID playerId);

    List<PhysicalTestResult> findByOrganizationIdAndPlayerIdAndTestIdOrderByTestedOnDescCreatedAtDesc(
            UUID organizationId, UUID playerId, UUID testId);

    List<PhysicalTestResult> findByOrganizationIdAndTestIdAndPlayerIdIn(UUID organizationId, UUID testId,
            Collection<UUID> playerIds);
}
