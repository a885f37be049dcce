package com.hockeyhub.calendar.event;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.calendar.common.TimeRange;
import com.hockeyhub.calendar.participant.ParticipantRole;
import com.hockeyhub.calendar.participant.ParticipantService;
import com.hockeyhub.calendar.participant.Participation;
import com.hockeyhub.calendar.recurrence.RecurrenceExpander.Occurrence;
import com.hockeyhub.calendar.recurrence.RecurrenceRule;
import com.hockeyhub.calendar.recurrence.RecurrenceSeries;
import com.hockeyhub.calendar.recurrence.RecurrenceService;
import com.hockeyhub.calendar.reminder.ReminderService;
import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.api.calendar.CalendarEvents.EventChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ApiException;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and recurring series. A series is stored as its rule plus one events row per occurrence, so every
 * occurrence has its own participants, RSVPs, reminders and bookings. Editing "this" occurrence detaches it;
 * "following" splits the series at the occurrence (the old rule ends before it, a new series starts with it);
 * "all" redefines the series. Occurrences that survive an edit keep their participants and answers.
 */
@Service
public class EventService {

    private static final Duration MAX_EVENT_LENGTH = Duration.ofDays(14);

    private final EventRepository events;
    private final EventAccess access;
    private final ParticipantService participants;
    private final RecurrenceService recurrence;
    private final ReminderService reminders;
    private final EventPublisher publisher;
    private final CalendarProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher localEvents;
    private final TeamUpcomingCache teamUpcoming;
    private final CacheTagInvalidator cacheTags;

    public EventService(EventRepository events, EventAccess access, ParticipantService participants,
            RecurrenceService recurrence, ReminderService reminders, EventPublisher publisher,
            CalendarProperties properties, Clock clock, ApplicationEventPublisher localEvents,
            TeamUpcomingCache teamUpcoming, CacheTagInvalidator cacheTags) {
        this.events = events;
        this.access = access;
        this.participants = participants;
        this.recurrence = recurrence;
        this.reminders = reminders;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
        this.localEvents = localEvents;
        this.teamUpcoming = teamUpcoming;
        this.cacheTags = cacheTags;
    }

    /** Creates one event, or a series (every occurrence) when the request has a recurrence; returns the first. */
    @Transactional
    public Event create(EventRequest request, CurrentUser user) {
        return create(request, user, List.of());
    }

    /**
     * With {@code id} a single event gets that id instead of a generated one (seeds: shared-lib {@code DemoClub}
     * ids other services' seeds link to).
     */
    @Transactional
    public Event create(EventRequest request, CurrentUser user, UUID id) {
        return create(request, user, id == null ? List.of() : List.of(id));
    }

    /**
     * With {@code ids} a single event gets the one id, a series' first occurrences (in time order, skipped dates
     * left out) get these ids, the later ones generated ids (seeds: shared-lib {@code DemoClub} ids other services'
     * seeds link to).
     */
    @Transactional
    public Event create(EventRequest request, CurrentUser user, List<UUID> ids) {
        UUID organizationId = user.requireOrganizationId();
        access.requireCanCreate(user, request.type(), request.teamId());
        participants.requireTeamOfClub(organizationId, request.teamId());
        participants.requireClubMembers(organizationId, request.participantIds(), "participantIds");
        ZoneId zone = zone(request.timeZone());
        validate(request, true);
        Event template = new Event(organizationId, user.id());
        apply(template, request, zone);
        template.setStatus(request.status() == null ? EventStatus.SCHEDULED : request.status());
        if (request.recurrence() == null) {
            template.setTimes(request.startAt(), request.endAt());
            if (ids.size() > 1) {
                throw new IllegalArgumentException("A single event takes one id");
            }
            if (!ids.isEmpty()) {
                template.assignId(ids.get(0));
            }
            return createOccurrence(template, request);
        }
        RecurrenceRule rule = recurrence.parse(request.recurrence().rrule(), zone);
        LocalDateTime dtstart = LocalDateTime.ofInstant(request.startAt(), zone);
        List<LocalDate> exdates = exceptionDates(request);
        List<Occurrence> occurrences = produced(recurrence.expand(rule, dtstart, zone, exdates));
        int minutes = durationMinutes(request);
        RecurrenceSeries series = recurrence.save(new RecurrenceSeries(organizationId, rule,
                occurrences.get(0).local(), minutes, zone, exdates));
        Event first = null;
        int named = 0;
        for (Occurrence occurrence : occurrences) {
            if (occurrence.excluded()) {
                continue;
            }
            Event e = template.copyForOccurrence();
            e.setStatus(template.getStatus());
            e.setTimes(occurrence.start(), occurrence.start().plus(Duration.ofMinutes(minutes)));
            e.setOccurrence(series.getId(), occurrence.start());
            if (named < ids.size()) {
                e.assignId(ids.get(named++));
            }
            Event created = createOccurrence(e, request);
            if (first == null) {
                first = created;
            }
        }
        return first;
    }

    @Transactional(readOnly = true)
    public Event get(UUID id, CurrentUser user) {
        Event event = events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
        requireVisible(event, user);
        return event;
    }

    /** Events of the caller's club overlapping [from, to) that the caller may see, with optional filters. */
    @Transactional(readOnly = true)
    public Page<Event> list(Instant from, Instant to, UUID teamId, EventType type, UUID participantId,
            EventStatus status, CurrentUser user, Pageable pageable) {
        TimeRange range = TimeRange.required(from, to, properties.maxRangeDays());
        Specification<Event> spec = inClub(user).and(overlapping(range)).and(access.visibleTo(user));
        // another club's team or person in a filter: 404, not an empty page
        UUID club = user.requireOrganizationId();
        participants.requireTeamOfClub(club, teamId);
        participants.requireKnownToClub(club, participantId);
        if (teamId != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("teamId"), teamId));
        }
        if (type != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("type"), type));
        }
        if (status != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
        }
        if (participantId != null) {
            spec = spec.and(EventAccess.hasParticipant(participantId));
        }
        return events.findAll(spec, pageable);
    }

    /** The caller's coming events: those they or their children take part in, and their teams' events. */
    @Transactional(readOnly = true)
    public Page<Event> upcoming(CurrentUser user, int days, Pageable pageable) {
        if (days < 1 || days > properties.maxRangeDays()) {
            throw new InvalidRequestException("days", "must be between 1 and " + properties.maxRangeDays());
        }
        Instant now = clock.instant();
        TimeRange range = new TimeRange(now, now.plus(Duration.ofDays(days)));
        Specification<Event> spec = inClub(user).and(overlapping(range)).and(access.visibleTo(user))
                .and(access.involving(user))
                .and((root, q, cb) -> cb.notEqual(root.get("status"), EventStatus.DRAFT));
        return events.findAll(spec, pageable);
    }

    /**
     * A team's coming events (not drafts) that the caller may see, served from the team's cached entry: the entry
     * is keyed by the caller's club, and each event goes through the same visibility rules as {@link #get}.
     */
    public Page<EventResponse> teamUpcoming(UUID teamId, int days, CurrentUser user, Pageable pageable) {
        long maxDays = TeamUpcomingCache.HORIZON.toDays();
        if (days < 1 || days > maxDays) {
            throw new InvalidRequestException("days", "must be between 1 and " + maxDays);
        }
        UUID organizationId = user.requireOrganizationId();
        participants.requireTeamOfClub(organizationId, teamId); // another club's team: 404, not an empty page
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(days));
        Set<UUID> selfAndChildren = Participation.selfAndChildren(user);
        List<EventResponse> visible = teamUpcoming.load(organizationId, teamId).events().stream()
                .filter(e -> e.endAt().isAfter(now) && e.startAt().isBefore(until))
                .filter(e -> access.canSee(e, user, false)
                        || access.canSee(e, user, participants.participates(e.id(), selfAndChildren)))
                .toList();
        int from = (int) Math.min(pageable.getOffset(), visible.size());
        int to = Math.min(from + pageable.getPageSize(), visible.size());
        return new PageImpl<>(visible.subList(from, to), pageable, visible.size());
    }

    /** Visible events of the caller's club in a range, unpaged (feeds); the range is bounded by the caller. */
    @Transactional(readOnly = true)
    public List<Event> feed(CurrentUser user, UUID teamId, Instant from, Instant to) {
        if (teamId != null && !user.isPlatformWide()) {
            participants.requireTeamOfClub(user.requireOrganizationId(), teamId); // not an empty calendar
        }
        Specification<Event> spec = inClub(user).and(overlapping(new TimeRange(from, to))).and(access.visibleTo(user))
                .and((root, q, cb) -> cb.notEqual(root.get("status"), EventStatus.DRAFT));
        spec = teamId != null ? spec.and((root, q, cb) -> cb.equal(root.get("teamId"), teamId))
                : spec.and(access.involving(user));
        return events.findAll(spec, org.springframework.data.domain.Sort.by("startAt"));
    }

    @Transactional(readOnly = true)
    public boolean teamHasEvents(UUID teamId) {
        return events.countByTeamId(teamId) > 0;
    }

    /** Every occurrence of a series, in rule order (for feeds, which render the series as RRULE + EXDATE). */
    @Transactional(readOnly = true)
    public List<Event> seriesMembers(UUID seriesId) {
        return events.findBySeries(seriesId);
    }

    @Transactional
    public Event update(UUID id, EditScope scope, EventRequest request, CurrentUser user) {
        Event event = events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
        requireVisible(event, user);
        access.requireCanManage(event, user);
        if (request.version() != null && !event.isAtVersion(request.version())) {
            throw new ApiException(ErrorCode.CONCURRENT_MODIFICATION, "Event " + id + " was changed by someone "
                    + "else (version " + event.getVersion() + "); reload it and try again");
        }
        if (event.isCancelled()) {
            throw new ConflictException("Event " + id + " is cancelled and can no longer be edited");
        }
        if (request.teamId() != null && !request.teamId().equals(event.getTeamId())) {
            access.requireCanCreate(user, request.type(), request.teamId());
            participants.requireTeamOfClub(event.getOrganizationId(), request.teamId());
        }
        participants.requireClubMembers(event.getOrganizationId(), request.participantIds(), "participantIds");
        validate(request, false);
        EditScope effective = event.getSeriesId() == null || scope == null ? EditScope.THIS : scope;
        if (effective == EditScope.THIS) {
            if (request.recurrence() != null) {
                throw new InvalidRequestException("recurrence", "can only be changed with scope following or all");
            }
            return updateSingle(event, request);
        }
        return editSeries(event, request, effective == EditScope.FOLLOWING);
    }

    @Transactional
    public Event cancel(UUID id, EditScope scope, String reason, CurrentUser user) {
        Event event = events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
        requireVisible(event, user);
        access.requireCanManage(event, user);
        if (event.isCancelled()) {
            throw new ConflictException("Event " + id + " is already cancelled");
        }
        EditScope effective = event.getSeriesId() == null || scope == null ? EditScope.THIS : scope;
        if (effective == EditScope.THIS) {
            cancelOne(event, reason);
            return event;
        }
        List<Event> occurrences = events.findBySeries(event.getSeriesId());
        Instant now = clock.instant();
        boolean following = effective == EditScope.FOLLOWING && !isFirst(event, occurrences);
        for (Event occurrence : occurrences) {
            boolean inScope = following ? !occurrence.getRecurrenceId().isBefore(event.getRecurrenceId())
                    : occurrence.getStartAt().isAfter(now) || occurrence.getId().equals(event.getId());
            if (inScope && !occurrence.isCancelled()) {
                cancelOne(occurrence, reason);
            }
        }
        if (following) {
            RecurrenceSeries series = recurrence.find(event.getSeriesId()).orElseThrow();
            series.define(series.rule().withUntil(event.getRecurrenceId().minusSeconds(1)), series.getDtstartLocal(),
                    series.getDurationMinutes(), series.getExceptionDates());
        }
        return event;
    }

    /** Drafts can be deleted; anything else is cancelled, so participants learn of it. */
    @Transactional
    public void delete(UUID id, CurrentUser user) {
        Event event = events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
        requireVisible(event, user);
        access.requireCanManage(event, user);
        if (event.getStatus() != EventStatus.DRAFT) {
            throw new ConflictException("Only drafts can be deleted; cancel event " + id
                    + " instead (POST /api/events/" + id + "/cancel) so its participants are told");
        }
        events.delete(event);
    }

    /** The rule's occurrences in [from, to) (computed, not stored), each with its event when there is one. */
    @Transactional(readOnly = true)
    public SeriesOccurrences occurrences(UUID seriesId, Instant from, Instant to, CurrentUser user) {
        TimeRange range = TimeRange.required(from, to, properties.maxRangeDays());
        RecurrenceSeries series = recurrence.find(seriesId).orElseThrow(() -> new NotFoundException("Series", seriesId));
        user.requireOrganization(series.getOrganizationId(), "Series", seriesId);
        List<Event> members = events.findBySeries(seriesId);
        Event anyVisible = members.stream().filter(e -> canSee(e, user)).findFirst()
                .orElseThrow(() -> new NotFoundException("Series", seriesId));
        Map<Instant, Event> byRecurrenceId = new HashMap<>();
        members.forEach(e -> byRecurrenceId.put(e.getRecurrenceId(), e));
        List<SeriesOccurrences.Item> items = new ArrayList<>();
        for (Occurrence o : recurrence.between(series, range.from(), range.to())) {
            Event e = byRecurrenceId.get(o.start());
            items.add(new SeriesOccurrences.Item(o.start(), o.start().plus(Duration.ofMinutes(series.getDurationMinutes())),
                    o.local(), o.excluded(), e == null ? null : e.getId(), e == null ? null : e.getStatus(),
                    e != null && e.isDetached()));
        }
        return new SeriesOccurrences(seriesId, series.getRrule(), series.getTimeZone(), series.getDtstartLocal(),
                series.getExceptionDates(), anyVisible.getTitle(), items);
    }

    @Transactional(readOnly = true)
    public Map<UUID, String> rrules(List<Event> page) {
        Set<UUID> ids = new LinkedHashSet<>();
        page.forEach(e -> {
            if (e.getSeriesId() != null) {
                ids.add(e.getSeriesId());
            }
        });
        Map<UUID, String> result = new HashMap<>();
        recurrence.findAll(ids).forEach((id, s) -> result.put(id, s.getRrule()));
        return result;
    }

    public boolean canSee(Event event, CurrentUser user) {
        return access.canSee(event, user, participants.participates(event.getId(), Participation.selfAndChildren(user)));
    }

    private void requireVisible(Event event, CurrentUser user) {
        user.requireOrganization(event.getOrganizationId(), "Event", event.getId());
        if (!canSee(event, user)) {
            throw new NotFoundException("Event", event.getId());
        }
    }

    private Event createOccurrence(Event event, EventRequest request) {
        Event saved = events.saveAndFlush(event);
        if (saved.getTeamId() != null) {
            participants.inviteTeam(saved, saved.getTeamId());
        }
        if (request.participantIds() != null && !request.participantIds().isEmpty()) {
            participants.invite(saved, request.participantIds(), ParticipantRole.REQUIRED);
        }
        publish(EventTypes.CALENDAR_EVENT_CREATED, saved);
        return saved;
    }

    private Event updateSingle(Event event, EventRequest request) {
        ZoneId zone = zone(request.timeZone() == null ? event.getTimeZone() : request.timeZone());
        UUID previousTeam = event.getTeamId();
        Integer previousMax = event.getMaxParticipants();
        boolean moved = !event.getStartAt().equals(request.startAt());
        apply(event, request, zone);
        if (request.status() != null) {
            event.setStatus(request.status());
        }
        event.setTimes(request.startAt(), request.endAt());
        if (event.getSeriesId() != null) {
            event.setDetached(true);
        }
        events.saveAndFlush(event);
        afterChange(event, previousTeam, previousMax, moved, request);
        return event;
    }

    private void afterChange(Event event, UUID previousTeam, Integer previousMax, boolean moved, EventRequest request) {
        if (previousTeam != null && !previousTeam.equals(event.getTeamId())) {
            cacheTags.invalidate(CacheTag.team(previousTeam));
        }
        if (event.getTeamId() != null && !event.getTeamId().equals(previousTeam)) {
            participants.inviteTeam(event, event.getTeamId());
        }
        if (request.participantIds() != null && !request.participantIds().isEmpty()) {
            participants.invite(event, request.participantIds(), ParticipantRole.REQUIRED);
        }
        Integer max = event.getMaxParticipants();
        if (previousMax != null && (max == null || max > previousMax)) {
            participants.promote(events.findForUpdate(event.getId()).orElseThrow());
        }
        if (moved) {
            reminders.rescheduled(event.getId());
        }
        publish(EventTypes.CALENDAR_EVENT_UPDATED, event);
    }

    private Event editSeries(Event target, EventRequest request, boolean following) {
        RecurrenceSeries series = recurrence.find(target.getSeriesId()).orElseThrow();
        List<Event> occurrences = events.findBySeries(series.getId());
        boolean fromFirst = !following || isFirst(target, occurrences);
        ZoneId zone = zone(request.timeZone() == null ? series.getTimeZone() : request.timeZone());
        RecurrenceRule oldRule = series.rule();
        List<Event> affected = occurrences.stream()
                .filter(e -> fromFirst || !e.getRecurrenceId().isBefore(target.getRecurrenceId())).toList();
        // cancelled occurrences move with the series without being published: their teams' lists change too
        cacheTags.invalidate(affected.stream().map(Event::getTeamId).filter(java.util.Objects::nonNull).distinct()
                .map(CacheTag::team).toList());
        RecurrenceRule newRule;
        if (request.recurrence() != null) {
            newRule = recurrence.parse(request.recurrence().rrule(), zone);
        } else if (oldRule.count() != null) {
            newRule = oldRule.withCount(oldRule.count() - (occurrences.size() - affected.size()));
        } else {
            newRule = oldRule;
        }
        LocalDateTime newStart = LocalDateTime.ofInstant(request.startAt(), zone);
        List<LocalDate> exdates = request.recurrence() != null ? exceptionDates(request)
                : series.getExceptionDates().stream().filter(d -> !d.isBefore(newStart.toLocalDate())).toList();
        List<Occurrence> expanded = produced(recurrence.expand(newRule, newStart, zone, exdates));
        int minutes = durationMinutes(request);
        RecurrenceSeries target2;
        if (fromFirst) {
            series.define(newRule, expanded.get(0).local(), minutes, exdates);
            target2 = series;
        } else {
            series.define(oldRule.withUntil(target.getRecurrenceId().minusSeconds(1)), series.getDtstartLocal(),
                    series.getDurationMinutes(), series.getExceptionDates().stream()
                            .filter(d -> d.isBefore(newStart.toLocalDate())).toList());
            target2 = recurrence.save(new RecurrenceSeries(series.getOrganizationId(), newRule,
                    expanded.get(0).local(), minutes, zone, exdates));
        }
        ZoneId oldZone = series.zone();
        Map<LocalDate, Event> existing = new HashMap<>();
        for (Event e : affected) {
            existing.put(LocalDateTime.ofInstant(e.getRecurrenceId(), oldZone).toLocalDate(), e);
        }
        Event result = null;
        for (Occurrence o : expanded) {
            Event e = existing.remove(o.local().toLocalDate());
            if (o.excluded()) {
                if (e != null) {
                    existing.put(o.local().toLocalDate(), e);
                }
                continue;
            }
            Instant end = o.start().plus(Duration.ofMinutes(minutes));
            if (e == null) {
                Event created = target.copyForOccurrence();
                apply(created, request, zone);
                created.setStatus(request.status() == null ? EventStatus.SCHEDULED : request.status());
                created.setTimes(o.start(), end);
                created.setOccurrence(target2.getId(), o.start());
                e = createOccurrence(created, request);
            } else if (e.isCancelled()) {
                e.setTimes(o.start(), end);
                e.setOccurrence(target2.getId(), o.start());
            } else {
                UUID previousTeam = e.getTeamId();
                Integer previousMax = e.getMaxParticipants();
                boolean moved = !e.getStartAt().equals(o.start());
                apply(e, request, zone);
                if (request.status() != null) {
                    e.setStatus(request.status());
                }
                e.setTimes(o.start(), end);
                e.setOccurrence(target2.getId(), o.start());
                events.saveAndFlush(e);
                afterChange(e, previousTeam, previousMax, moved, request);
            }
            if (result == null || e.getId().equals(target.getId())) {
                result = e;
            }
        }
        for (Event orphan : existing.values()) {
            if (!orphan.isCancelled()) {
                cancelOne(orphan, "No longer part of the series");
            }
        }
        return target.isCancelled() || result == null ? target : result;
    }

    private void cancelOne(Event event, String reason) {
        event.cancel(reason);
        events.saveAndFlush(event);
        publish(EventTypes.CALENDAR_EVENT_CANCELLED, event);
        localEvents.publishEvent(new EventCancelled(event.getId(), event.getOrganizationId(), reason));
    }

    private boolean isFirst(Event event, List<Event> occurrences) {
        return occurrences.isEmpty() || !occurrences.get(0).getRecurrenceId().isBefore(event.getRecurrenceId());
    }

    private void apply(Event e, EventRequest r, ZoneId zone) {
        e.setTitle(r.title().trim());
        e.setDescription(r.description());
        e.setType(r.type());
        e.setVisibility(r.visibility() != null ? r.visibility() : r.teamId() != null ? Visibility.TEAM : Visibility.PUBLIC);
        e.setVisibleRoles(roles(r.visibleRoles()));
        e.setAllDay(Boolean.TRUE.equals(r.allDay()));
        e.setTimeZone(zone.getId());
        e.setLocation(r.location());
        e.setTeamId(r.teamId());
        e.setGameDetails(r.opponent(), r.homeAway(), r.result());
        e.setMaxParticipants(r.maxParticipants());
        e.setDefaultAttending(r.defaultAttending() != null ? r.defaultAttending() : r.type() == EventType.TRAINING);
        e.setReminderMinutes(r.reminderMinutes() != null ? r.reminderMinutes().stream().distinct().sorted(
                java.util.Comparator.reverseOrder()).toList() : r.type().defaultReminderMinutes());
    }

    private void validate(EventRequest r, boolean creating) {
        if (!r.endAt().isAfter(r.startAt())) {
            throw new InvalidRequestException("endAt", "must be after startAt");
        }
        if (Duration.between(r.startAt(), r.endAt()).compareTo(MAX_EVENT_LENGTH) > 0) {
            throw new InvalidRequestException("endAt", "an event may last at most 14 days");
        }
        if (r.type() != EventType.GAME && (r.opponent() != null || r.homeAway() != null || r.result() != null)) {
            throw new InvalidRequestException("opponent", "game details (opponent, homeAway, result) are only for games");
        }
        if (r.visibility() == Visibility.ROLE_BASED && (r.visibleRoles() == null || r.visibleRoles().isEmpty())) {
            throw new InvalidRequestException("visibleRoles", "is required for role_based visibility");
        }
        if (r.visibility() == Visibility.TEAM && r.teamId() == null) {
            throw new InvalidRequestException("teamId", "is required for team visibility");
        }
        if (creating && r.status() != null && r.status() != EventStatus.DRAFT && r.status() != EventStatus.SCHEDULED) {
            throw new InvalidRequestException("status", "a new event is draft or scheduled");
        }
        if (r.status() == EventStatus.CANCELLED) {
            throw new InvalidRequestException("status", "cancel an event with POST /api/events/{id}/cancel");
        }
    }

    private Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : names) {
            try {
                roles.add(Role.parse(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("visibleRoles", "'" + name + "' is not a role");
            }
        }
        return roles;
    }

    private ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return properties.defaultTimeZone();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone", "'" + id + "' is not an IANA time zone such as Europe/Stockholm");
        }
    }

    private static int durationMinutes(EventRequest r) {
        return (int) Math.max(1, Duration.between(r.startAt(), r.endAt()).toMinutes());
    }

    private static List<LocalDate> exceptionDates(EventRequest r) {
        return r.recurrence() == null || r.recurrence().exceptionDates() == null ? List.of()
                : r.recurrence().exceptionDates().stream().distinct().sorted().toList();
    }

    /** The expansion, required to contain at least one occurrence that is not an exception date. */
    private static List<Occurrence> produced(List<Occurrence> occurrences) {
        if (occurrences.stream().allMatch(Occurrence::excluded)) {
            throw new BusinessRuleException("The recurrence rule produces no occurrences from the given start");
        }
        return occurrences;
    }

    private Specification<Event> inClub(CurrentUser user) {
        UUID organizationId = user.requireOrganizationId();
        return (root, q, cb) -> cb.equal(root.get("organizationId"), organizationId);
    }

    private static Specification<Event> overlapping(TimeRange range) {
        return (root, q, cb) -> cb.and(cb.lessThan(root.get("startAt"), range.to()),
                cb.greaterThan(root.get("endAt"), range.from()));
    }

    /** Every created, changed or cancelled event goes through here: its team's cached upcoming list goes stale. */
    void publish(String type, Event e) {
        if (e.getTeamId() != null) {
            cacheTags.invalidate(CacheTag.team(e.getTeamId()));
        }
        publisher.publish(type, e.getOrganizationId(), new EventChanged(e.getId(), e.getOrganizationId(),
                e.getTeamId(), e.getSeriesId(), e.getTitle(), ApiEnums.value(e.getType()), ApiEnums.value(e.getStatus()),
                ApiEnums.value(e.getVisibility()), e.getStartAt(), e.getEndAt(), e.getLocation(), e.getOrganizerId(),
                e.getCancelReason()));
    }
}
