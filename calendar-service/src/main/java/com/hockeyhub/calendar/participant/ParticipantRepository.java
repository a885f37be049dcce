package com.hockeyhub.calendar.participant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    Optional<Participant> findByEventIdAndUserId(UUID eventId, UUID userId);

    List<Participant> findByEventId(UUID eventId);

    Page<Participant> findByEventId(UUID eventId, Pageable pageable);

    boolean existsByEventIdAndUserIdIn(UUID eventId, Collection<UUID> userIds);

    boolean existsByOrganizationIdAndUserId(UUID organizationId, UUID userId);

    long countByEventIdAndRsvpStatus(UUID eventId, RsvpStatus status);

    @Query("select p from Participant p where p.eventId = :eventId and p.rsvpStatus = "
            + "com.hockeyhub.calendar.participant.RsvpStatus.WAITLISTED order by p.waitlistedAt, p.id")
    List<Participant> waitingList(UUID eventId);

    @Query("select p.eventId, p.rsvpStatus, count(p) from Participant p where p.eventId in :eventIds "
            + "group by p.eventId, p.rsvpStatus")
    List<Object[]> countByStatus(Collection<UUID> eventIds);

    /** The user's participations in events of the club that start after {@code after}. */
    @Query("select p from Participant p, com.hockeyhub.calendar.event.Event e where e.id = p.eventId "
            + "and p.userId = :userId and e.organizationId = :organizationId and e.startAt > :after")
    List<Participant> findFuture(UUID organizationId, UUID userId, Instant after);

    /** The user's participations in upcoming events of one team. */
    @Query("select p from Participant p, com.hockeyhub.calendar.event.Event e where e.id = p.eventId "
            + "and p.userId = :userId and e.teamId = :teamId and e.startAt > :after")
    List<Participant> findFutureInTeam(UUID teamId, UUID userId, Instant after);
}
