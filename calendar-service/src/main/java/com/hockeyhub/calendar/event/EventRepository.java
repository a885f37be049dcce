package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, UUID>, JpaSpecificationExecutor<Event> {

    /** Serialises RSVPs and invitations of one event, so accepted counts never exceed the maximum. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> findForUpdate(UUID id);

    @Query("select e from Event e where e.teamId = :teamId and e.startAt > :after "
            + "and e.status <> com.hockeyhub.calendar.event.EventStatus.CANCELLED order by e.startAt")
    List<Event> findUpcomingOfTeam(UUID teamId, Instant after);

    long countByTeamId(UUID teamId);

    @Query("select e from Event e where e.seriesId = :seriesId order by e.recurrenceId, e.startAt")
    List<Event> findBySeries(UUID seriesId);

    @Query("select e from Event e where e.id in :ids order by e.startAt")
    List<Event> findAllByIdOrdered(java.util.Collection<UUID> ids);
}
