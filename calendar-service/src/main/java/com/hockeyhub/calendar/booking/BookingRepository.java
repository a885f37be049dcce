package com.hockeyhub.calendar.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, UUID>, JpaSpecificationExecutor<Booking> {

    @Query("select b from Booking b where b.eventId = :eventId and b.status in "
            + "(com.hockeyhub.calendar.booking.BookingStatus.PENDING, com.hockeyhub.calendar.booking.BookingStatus.CONFIRMED)")
    List<Booking> findActiveByEvent(UUID eventId);

    @Query("select b from Booking b where b.resourceId = :resourceId and b.startAt < :to and b.endAt > :from "
            + "and b.status in (com.hockeyhub.calendar.booking.BookingStatus.PENDING, "
            + "com.hockeyhub.calendar.booking.BookingStatus.CONFIRMED) order by b.startAt")
    List<Booking> findActiveOverlapping(UUID resourceId, Instant from, Instant to);
}
