package com.hockeyhub.medical.returntoplay;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProtocolRepository extends JpaRepository<ReturnToPlayProtocol, UUID> {

    Optional<ReturnToPlayProtocol> findByInjuryId(UUID injuryId);

    List<ReturnToPlayProtocol> findByPlayerIdAndStatus(UUID playerId, ProtocolStatus status);
}
