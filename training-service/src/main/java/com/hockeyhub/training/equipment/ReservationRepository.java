package com.hockeyhub.training.equipment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReservationRepository extends JpaRepository<EquipmentReservation, UUID> {

    /** The item's reservations overlapping [from, to), of any status, in time order. */
    @Query("select r from EquipmentReservation r where r.itemId = ?1 and r.startsAt < ?3 and r.endsAt > ?2 "
            + "order by r.startsAt")
    List<EquipmentReservation> overlapping(UUID itemId, Instant from, Instant to);

    /** The item's reservations of the given statuses overlapping [from, to). */
    @Query("select r from EquipmentReservation r where r.itemId = ?1 and r.startsAt < ?3 and r.endsAt > ?2 "
            + "and r.status in ?4 order by r.startsAt")
    List<EquipmentReservation> overlapping(UUID itemId, Instant from, Instant to,
            Collection<ReservationStatus> statuses);
}
