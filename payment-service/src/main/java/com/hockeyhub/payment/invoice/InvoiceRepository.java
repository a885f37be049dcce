package com.hockeyhub.payment.invoice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, UUID>, JpaSpecificationExecutor<Invoice> {

    @Query("SELECT concat(i.playerId, ':', i.instalmentNo) FROM Invoice i WHERE i.organizationId = :organizationId "
            + "AND i.teamId = :teamId AND i.season = :season")
    List<String> findSeasonFeeKeys(UUID organizationId, UUID teamId, String season);

    Optional<Invoice> findByOrganizationIdAndTeamIdAndSeasonAndPlayerIdAndInstalmentNo(UUID organizationId,
            UUID teamId, String season, UUID playerId, Integer instalmentNo);

    /** Whether the club has billed the person, as payer or player. */
    @Query("SELECT count(i) > 0 FROM Invoice i WHERE i.organizationId = :organizationId "
            + "AND (i.payerId = :personId OR i.playerId = :personId)")
    boolean existsByOrganizationIdAndPersonId(UUID organizationId, UUID personId);

    /** The invoice locked for an update of its balance: payments and refunds of one invoice queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT i FROM Invoice i WHERE i.id = :id")
    Optional<Invoice> findForUpdate(UUID id);
}
