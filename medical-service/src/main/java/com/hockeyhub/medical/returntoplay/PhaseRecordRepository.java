package com.hockeyhub.medical.returntoplay;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseRecordRepository extends JpaRepository<PhaseRecord, UUID> {

    List<PhaseRecord> findByProtocolIdOrderByEnteredOnAscCreatedAtAsc(UUID protocolId);

    Optional<PhaseRecord> findByProtocolIdAndPhase(UUID protocolId, Phase phase);
}
