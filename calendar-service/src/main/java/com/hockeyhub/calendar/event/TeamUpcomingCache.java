package com.hockeyhub.calendar.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.calendar.participant.ParticipantCounts;
import com.hockeyhub.calendar.participant.ParticipantService;
import com.hockeyhub.calendar.recurrence.RecurrenceService;
import com.hockeyhub.shared.cache.CacheTags;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cached read behind {@code GET /api/events/teams/{teamId}/upcoming}: one entry per club and team, holding the
 * team's events of the next {@link #HORIZON} (plus a day, so a request for the full horizon is covered however old
 * the entry is) as DTOs with participant counts. The entry is the same for every caller; visibility is applied on
 * each read by {@link EventService#teamUpcoming}. Tagged {@code team:<id>} and {@code org:<id>}; every write that
 * changes an event of the team or its participants invalidates the team's tag (see {@link #CACHE}).
 */
@Component
public class TeamUpcomingCache {

    /** Cache name; its TTL is {@code hockeyhub.cache.ttl.team-upcoming-events}. */
    public static final String CACHE = "team-upcoming-events";
    public static final Duration HORIZON = Duration.ofDays(90);

    private final EventRepository events;
    private final ParticipantService participants;
    private final RecurrenceService recurrence;
    private final Clock clock;

    public TeamUpcomingCache(EventRepository events, ParticipantService participants, RecurrenceService recurrence,
            Clock clock) {
        this.events = events;
        this.participants = participants;
        this.recurrence = recurrence;
        this.clock = clock;
    }

    @Cacheable(cacheNames = CACHE, key = "#organizationId + ':' + #teamId", sync = true)
    @CacheTags({"T(com.hockeyhub.shared.cache.CacheTag).team(#teamId)",
            "T(com.hockeyhub.shared.cache.CacheTag).org(#organizationId)"})
    @Transactional(readOnly = true)
    public TeamUpcomingEvents load(UUID organizationId, UUID teamId) {
        Instant now = clock.instant();
        Instant horizon = now.plus(HORIZON).plus(Duration.ofDays(1));
        List<Event> found = events.findAll((root, q, cb) -> cb.and(
                cb.equal(root.get("organizationId"), organizationId),
                cb.equal(root.get("teamId"), teamId),
                cb.notEqual(root.get("status"), EventStatus.DRAFT),
                cb.lessThan(root.get("startAt"), horizon),
                cb.greaterThan(root.get("endAt"), now)), Sort.by("startAt", "id"));
        Map<UUID, ParticipantCounts> counts = participants.counts(found.stream().map(Event::getId).toList());
        Map<UUID, String> rrules = rrules(found);
        List<EventResponse> responses = found.stream()
                .map(e -> EventResponse.of(e, counts.get(e.getId()), rrules.get(e.getSeriesId()))).toList();
        return new TeamUpcomingEvents(organizationId, teamId, now, horizon, responses);
    }

    private Map<UUID, String> rrules(List<Event> found) {
        Set<UUID> series = new HashSet<>();
        found.forEach(e -> {
            if (e.getSeriesId() != null) {
                series.add(e.getSeriesId());
            }
        });
        Map<UUID, String> result = new HashMap<>();
        recurrence.findAll(series).forEach((id, s) -> result.put(id, s.getRrule()));
        return result;
    }
}
