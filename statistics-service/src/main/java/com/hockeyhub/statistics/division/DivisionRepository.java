package com.hockeyhub.statistics.division;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DivisionRepository extends JpaRepository<Division, UUID> {

    List<Division> findByOrganizationIdAndSeasonOrderByName(UUID organizationId, String season);

    List<Division> findByOrganizationIdOrderBySeasonDescNameAsc(UUID organizationId);

    Optional<Division> findByIdAndOrganizationId(UUID id, UUID organizationId);

    boolean existsByOrganizationIdAndSeasonAndNameIgnoreCase(UUID organizationId, String season, String name);

    Optional<Division> findByOrganizationIdAndSeasonAndNameIgnoreCase(UUID organizationId, String season, String name);
}
