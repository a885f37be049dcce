package com.hockeyhub.medical.injury;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InjuryRepository extends JpaRepository<Injury, UUID> {

    Page<Injury> findByPlayerId(UUID playerId, Pageable pageable);

    Page<Injury> findByPlayerIdAndStatus(UUID playerId, InjuryStatus status, Pageable pageable);

    List<Injury> findByPlayerIdAndStatusInOrderByInjuryDateDesc(UUID playerId, Collection<InjuryStatus> statuses);

    Page<Injury> findByOrganizationIdAndStatusIn(UUID organizationId, Collection<InjuryStatus> statuses,
            Pageable pageable);

    Page<Injury> findByOrganizationIdAndPlayerIdInAndStatusIn(UUID organizationId, Collection<UUID> playerIds,
            Collection<InjuryStatus> statuses, Pageable pageable);
}
