package com.hockeyhub.calendar.resource;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResourceRepository extends JpaRepository<Resource, UUID> {

    Page<Resource> findByOrganizationId(UUID organizationId, Pageable pageable);

    java.util.Optional<Resource> findByOrganizationIdAndNameIgnoreCase(UUID organizationId, String name);

    Page<Resource> findByOrganizationIdAndType(UUID organizationId, ResourceType type, Pageable pageable);
}
