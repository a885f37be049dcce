package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.calendar.common.TimeRange;
import com.hockeyhub.calendar.participant.ParticipantCounts;
import com.hockeyhub.calendar.participant.ParticipantService;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "Practices, games, meetings and appointments; recurring series")
class EventController {

    private static final Set<String> SORTABLE = Set.of("startAt", "endAt", "title", "type", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by("startAt", "id");

    private final EventService events;
    private final ParticipantService participants;

    public EventController(EventService events, ParticipantService participants) {
        this.events = events;
        this.participants = participants;
    }

    @PostMapping
    @Operation(summary = "Create an event, or a recurring series when 'recurrence' is given (returns the first occurrence)")
    public ResponseEntity<EventResponse> create(@Valid @RequestBody EventRequest request, CurrentUser user) {
        Event event = events.create(request, user);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(event.getId()).toUri();
        return ResponseEntity.created(location).body(response(event));
    }

    @GetMapping
    @Operation(summary = "Events overlapping [from, to) that the caller may see (range required, at most a year)")
    public PageResponse<EventResponse> list(
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.FROM) Instant from,
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.TO) Instant to,
            @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) @Parameter(description = "training, game, meeting, ...") String type,
            @RequestParam(required = false) UUID participantId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, CurrentUser user) {
        Page<Event> result = events.list(from, to, teamId, ApiEnums.param(EventType.class, "type", type), participantId,
                ApiEnums.param(EventStatus.class, "status", status), user,
                Paging.pageable(page, size, sort, SORTABLE, DEFAULT_SORT));
        return page(result);
    }

    @GetMapping("/upcoming")
    @Operation(summary = "The caller's coming events: their own, their children's and their teams'")
    public PageResponse<EventResponse> upcoming(@RequestParam(defaultValue = "30") int days,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return page(events.upcoming(user, days, Paging.pageable(page, size, null, SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/teams/{teamId}/upcoming")
    @Operation(summary = "A team's coming events (at most 90 days ahead) that the caller may see, with RSVP counts; "
            + "served from a short-lived cache invalidated by every change of the team's events or answers")
    public PageResponse<EventResponse> teamUpcoming(@PathVariable UUID teamId,
            @RequestParam(defaultValue = "30") int days, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, CurrentUser user) {
        return PageResponse.of(events.teamUpcoming(teamId, days, user,
                Paging.pageable(page, size, null, SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event")
    public EventResponse get(@PathVariable UUID id, CurrentUser user) {
        return response(events.get(id, user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an event; for a series occurrence choose scope this (default), following or all")
    public EventResponse update(@PathVariable UUID id, @RequestParam(required = false) String scope,
            @Valid @RequestBody EventRequest request, CurrentUser user) {
        return response(events.update(id, ApiEnums.param(EditScope.class, "scope", scope), request, user));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an event (participants are told); scope this, following or all for series")
    public EventResponse cancel(@PathVariable UUID id, @RequestParam(required = false) String scope,
            @Valid @RequestBody(required = false) CancelRequest request, CurrentUser user) {
        return response(events.cancel(id, ApiEnums.param(EditScope.class, "scope", scope),
                request == null ? null : request.reason(), user));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a draft (scheduled events are cancelled instead)")
    public void delete(@PathVariable UUID id, CurrentUser user) {
        events.delete(id, user);
    }

    @GetMapping("/series/{seriesId}/occurrences")
    @Operation(summary = "A series' occurrences in [from, to), expanded from its rule")
    public SeriesOccurrences occurrences(@PathVariable UUID seriesId,
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.FROM) Instant from,
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.TO) Instant to,
            CurrentUser user) {
        return events.occurrences(seriesId, from, to, user);
    }

    private EventResponse response(Event event) {
        Map<UUID, ParticipantCounts> counts = participants.counts(List.of(event.getId()));
        Map<UUID, String> rrules = events.rrules(List.of(event));
        return EventResponse.of(event, counts.get(event.getId()), rrules.get(event.getSeriesId()));
    }

    private PageResponse<EventResponse> page(Page<Event> page) {
        Map<UUID, ParticipantCounts> counts = participants.counts(page.getContent().stream().map(Event::getId).toList());
        Map<UUID, String> rrules = events.rrules(page.getContent());
        return PageResponse.of(page, e -> EventResponse.of(e, counts.get(e.getId()), rrules.get(e.getSeriesId())));
    }
}
