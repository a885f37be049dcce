package com.hockeyhub.medical.clearance;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clearance decisions; the latest decision about an injury is the one that counts. */
@Service
public class ClearanceService {

    private final MedicalReportRepository reports;

    ClearanceService(MedicalReportRepository reports) {
        this.reports = reports;
    }

    @Transactional
    public MedicalReport record(UUID organizationId, UUID playerId, UUID injuryId, ClearanceStatus status,
            String summary, UUID issuedBy, LocalDate date) {
        return reports.save(new MedicalReport(organizationId, playerId, injuryId, date, status, summary, issuedBy));
    }

    @Transactional(readOnly = true)
    public Optional<MedicalReport> latestFor(UUID injuryId) {
        return reports.findFirstByInjuryIdOrderByCreatedAtDesc(injuryId);
    }

    @Transactional(readOnly = true)
    public boolean isCleared(UUID injuryId) {
        return latestFor(injuryId).map(r -> r.getClearanceStatus() == ClearanceStatus.CLEARED).orElse(false);
    }
}
