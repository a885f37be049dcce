package com.hockeyhub.shared.testapp;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TestRecordRepository extends JpaRepository<TestRecord, UUID> {

    Page<TestRecord> findByOrganizationId(UUID organizationId, Pageable pageable);

    long countByName(String name);
}
