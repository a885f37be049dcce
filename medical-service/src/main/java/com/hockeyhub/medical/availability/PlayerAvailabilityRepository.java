package com.hockeyhub.medical.availability;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlayerAvailabilityRepository extends JpaRepository<PlayerAvailability, UUID> {

    Optional<PlayerAvailability> findByPlayerIdAndCurrentTrue(UUID playerId);

    List<PlayerAvailability> findByPlayerIdInAndCurrentTrue(Collection<UUID> playerIds);

    Page<PlayerAvailability> findByPlayerId(UUID playerId, Pageable pageable);
}
