package com.hockeyhub.medical.treatment;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TreatmentRepository extends JpaRepository<Treatment, UUID> {

    Page<Treatment> findByInjuryId(UUID injuryId, Pageable pageable);
}
