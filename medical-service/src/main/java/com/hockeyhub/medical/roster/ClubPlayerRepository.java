package com.hockeyhub.medical.roster;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClubPlayerRepository extends JpaRepository<ClubPlayer, UUID> {

    Optional<ClubPlayer> findByPlayerId(UUID playerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ClubPlayer p where p.playerId = :playerId")
    Optional<ClubPlayer> lockByPlayerId(UUID playerId);
}
