package com.hockeyhub.medical.access;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, UUID> {

    Page<AccessLogEntry> findByOrganizationId(UUID organizationId, Pageable pageable);

    Page<AccessLogEntry> findByOrganizationIdAndPlayerId(UUID organizationId, UUID playerId, Pageable pageable);

    Page<AccessLogEntry> findByOrganizationIdAndAccessorId(UUID organizationId, UUID accessorId, Pageable pageable);

    boolean existsByOrganizationIdAndAccessorId(UUID organizationId, UUID accessorId);
}
