package com.hockeyhub.medical.clearance;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MedicalReportRepository extends JpaRepository<MedicalReport, UUID> {

    Optional<MedicalReport> findFirstByInjuryIdOrderByCreatedAtDesc(UUID injuryId);
}
