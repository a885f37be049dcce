package com.hockeyhub.calendar.ical;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.calendar.event.Event;
import com.hockeyhub.calendar.event.EventService;
import com.hockeyhub.calendar.recurrence.RecurrenceService;
import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import net.fortuna.ical4j.model.Calendar;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "iCalendar feeds", description = "Subscribe to a team's or your own calendar from a phone calendar app")
class IcalController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final EventService events;
    private final RecurrenceService recurrence;
    private final FeedTokenService tokens;
    private final CalendarProperties properties;
    private final Clock clock;

    public IcalController(EventService events, RecurrenceService recurrence, FeedTokenService tokens,
            CalendarProperties properties, Clock clock) {
        this.events = events;
        this.recurrence = recurrence;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    public record FeedLinks(String token, String personalFeedUrl, String teamFeedUrlTemplate) {
    }

    @PostMapping("/api/calendar/feed-token")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue (or rotate) your calendar feed token; earlier subscription links stop working")
    public FeedLinks issue(CurrentUser user) {
        String token = tokens.issue(user);
        String base = properties.feeds().baseUrl();
        return new FeedLinks(token, base + "/api/calendar/feeds/" + token + ".ics",
                base + "/api/calendar/teams/{teamId}.ics?token=" + token);
    }

    @DeleteMapping("/api/calendar/feed-token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke your calendar feed token")
    public void revoke(CurrentUser user) {
        tokens.revoke(user);
    }

    @GetMapping("/api/calendar/feeds/{token}.ics")
    @Operation(summary = "Your personal calendar (your, your children's and your teams' events) by feed token")
    public ResponseEntity<String> personal(@PathVariable String token) {
        CurrentUser user = owner(token).orElseThrow(() -> new NotFoundException("No such calendar feed"));
        return ics(FeedOwner.run(user, () -> render("Hockey Hub – my calendar", user, null)));
    }

    @GetMapping("/api/calendar/teams/{teamId}.ics")
    @Operation(summary = "A team's calendar, with a bearer token or ?token= (feed token)")
    public ResponseEntity<String> team(@PathVariable UUID teamId, @RequestParam(required = false) String token) {
        Optional<CurrentUser> bearer = CurrentUser.current();
        CurrentUser user = bearer.or(() -> owner(token))
                .orElseThrow(() -> new NotFoundException("No such calendar feed"));
        String name = "Hockey Hub – team " + teamId;
        return ics(bearer.isPresent() ? render(name, user, teamId)
                : FeedOwner.run(user, () -> render(name, user, teamId)));
    }

    /** Anonymous: a feed token names its owner, in whichever club; the feed is then read as that owner. */
    private Optional<CurrentUser> owner(String token) {
        return AcrossClubs.call(() -> tokens.resolve(token));
    }

    private Calendar render(String name, CurrentUser user, UUID teamId) {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(properties.feeds().pastDays()));
        Instant to = now.plus(Duration.ofDays(properties.feeds().futureDays()));
        List<Event> visible = events.feed(user, teamId, from, to);
        List<Event> singles = new ArrayList<>();
        Set<UUID> seriesIds = new LinkedHashSet<>();
        for (Event e : visible) {
            if (e.getSeriesId() == null) {
                singles.add(e);
            } else {
                seriesIds.add(e.getSeriesId());
            }
        }
        List<IcalRenderer.SeriesData> series = new ArrayList<>();
        recurrence.findAll(seriesIds).values().forEach(s -> series.add(new IcalRenderer.SeriesData(s,
                recurrence.expand(s), events.seriesMembers(s.getId()))));
        return IcalRenderer.render(name, singles, series);
    }

    private static ResponseEntity<String> ics(Calendar calendar) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))
                .cachePrivate()).header("Content-Disposition", "inline; filename=\"calendar.ics\"")
                .body(calendar.toString());
    }
}
