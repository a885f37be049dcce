package com.hockeyhub.calendar.seed;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.calendar.booking.BookingRequest;
import com.hockeyhub.calendar.booking.BookingService;
import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.calendar.event.Event;
import com.hockeyhub.calendar.event.EventRequest;
import com.hockeyhub.calendar.event.EventService;
import com.hockeyhub.calendar.event.EventType;
import com.hockeyhub.calendar.event.HomeAway;
import com.hockeyhub.calendar.event.Visibility;
import com.hockeyhub.calendar.resource.AvailabilityWindow;
import com.hockeyhub.calendar.resource.Resource;
import com.hockeyhub.calendar.resource.ResourceRequest;
import com.hockeyhub.calendar.resource.ResourceService;
import com.hockeyhub.calendar.resource.ResourceType;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo club's calendar: for each team a practice series for the rest of the season (to 31 March) and a game
 * every other Saturday (the demo club's games get the ids of shared-lib {@link DemoClub#game}, its first practices
 * those of {@link DemoClub#practice}, which planning's seed links to), a rink and a gym, and bookings of the coming
 * two weeks' ice. Goes through the normal services, so every rule (opening hours, no double booking) holds; teams
 * that already have events and resources that already exist are left alone, so running it again changes nothing.
 * <p>
 * The club and its teams are taken from the local roster (filled by user-service's team.member.added events when
 * both run); before those arrive, the demo club's documented ids (shared-lib {@link DemoClub}), which user-service's
 * seed gives the same club and teams.
 */
@Component
public class DemoCalendarSeeder {

    /** The demo club's head coach creates the seeded events. */
    static final UUID SEED_USER = DemoClub.COACH;
    static final String RINK = "Demo Arena – Rink A";
    static final String GYM = "Demo Arena – Gym";

    private static final Logger log = LoggerFactory.getLogger(DemoCalendarSeeder.class);
    private static final List<String> OPPONENTS = List.of("Northside Wolves", "Lakeview Lynx", "Harbor Hawks",
            "Granite City Rams", "Pine Ridge Bears", "Eastport Eagles", "Frostvale Foxes");

    private final EventService events;
    private final ResourceService resources;
    private final BookingService bookings;
    private final Roster roster;
    private final CalendarProperties properties;

    public DemoCalendarSeeder(EventService events, ResourceService resources, BookingService bookings,
            Roster roster, CalendarProperties properties) {
        this.events = events;
        this.resources = resources;
        this.bookings = bookings;
        this.roster = roster;
        this.properties = properties;
    }

    /** Seeds the demo club (shared-lib DemoClub ids; its roster comes first with DemoRosterSeed). */
    public int seed() {
        return seed(DemoClub.ORGANIZATION, DemoClub.TEAMS);
    }

    public int seed(UUID organization, List<UUID> teams) {
        ZoneId zone = properties.defaultTimeZone();
        CurrentUser admin = new CurrentUser(SEED_USER, organization, "calendar-seed@hockeyhub.demo",
                Set.of(Role.CLUB_ADMIN), Set.copyOf(teams), Set.of());
        int created = 0;
        Resource rink = resources.findByName(organization, RINK).orElse(null);
        if (rink == null) {
            rink = resources.create(new ResourceRequest(RINK, ResourceType.ICE_RINK, "Full-size NHL rink",
                    "Demo Arena, Main Street 1", 40, new BigDecimal("1800.00"), "SEK", false, zone.getId(),
                    daily(LocalTime.of(6, 0), LocalTime.of(23, 0)), true), admin);
            created++;
        }
        Resource gym = resources.findByName(organization, GYM).orElse(null);
        if (gym == null) {
            List<AvailabilityWindow.Dto> hours = new ArrayList<>();
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                hours.add(new AvailabilityWindow.Dto(d, LocalTime.of(7, 0), LocalTime.of(21, 0)));
            }
            hours.add(new AvailabilityWindow.Dto(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(15, 0)));
            gym = resources.create(new ResourceRequest(GYM, ResourceType.GYM, "Dryland and strength training",
                    "Demo Arena, level 2", 25, new BigDecimal("350.00"), "SEK", true, zone.getId(), hours, true),
                    admin);
            created++;
        }
        LocalDate today = LocalDate.now(zone);
        LocalDate seasonEnd = seasonEnd(today);
        for (int i = 0; i < teams.size(); i++) {
            UUID team = teams.get(i);
            if (events.teamHasEvents(team)) {
                continue;
            }
            if (!roster.isTeamOf(team, organization)) {
                // events may name only teams the club's roster knows: seed again once user-service's roster arrived
                log.warn("Team {} is not on club {}'s roster yet: no demo events for it", team, organization);
                continue;
            }
            created += seedTeam(i, team, admin, zone, today, seasonEnd, rink, gym);
        }
        log.info("Demo calendar for club {}: {}", organization,
                created == 0 ? "already complete, nothing changed" : created + " records created");
        return created;
    }

    private int seedTeam(int index, UUID team, CurrentUser admin, ZoneId zone, LocalDate today, LocalDate seasonEnd,
            Resource rink, Resource gym) {
        int created = 0;
        boolean demoTeam = DemoClub.ORGANIZATION.equals(admin.organizationId())
                && DemoClub.TEAMS.indexOf(team) == index;
        int slot = index % DemoClub.PRACTICE_DAYS.size();
        LocalTime time = DemoClub.PRACTICE_TIMES.get(slot);
        List<String> days = DemoClub.PRACTICE_DAYS.get(slot).stream().map(d -> d.name().substring(0, 2)).toList();
        LocalDate firstDay = today.plusDays(1);
        Instant start = ZonedDateTime.of(firstDay, time, zone).toInstant();
        String rrule = "FREQ=WEEKLY;BYDAY=" + String.join(",", days) + ";UNTIL="
                + seasonEnd.toString().replace("-", "");
        List<LocalDate> holidays = DemoClub.PRACTICE_HOLIDAYS.stream()
                .map(d -> d.atYear(d.getMonthValue() > 6 ? seasonEnd.getYear() - 1 : seasonEnd.getYear())).toList();
        // the demo club's first practices get DemoClub's ids, which planning's seeded practice plans link to
        List<UUID> practiceIds = new ArrayList<>();
        for (int n = 0; demoTeam && n < DemoClub.NAMED_PRACTICES; n++) {
            practiceIds.add(DemoClub.practice(index, n));
        }
        Event firstPractice = events.create(new EventRequest("Team practice", "On-ice practice", EventType.TRAINING,
                null, Visibility.TEAM, null, start, start.plus(Duration.ofMinutes(75)), false, zone.getId(), RINK, team,
                null, null, null, null, true, null, new EventRequest.RecurrenceRequest(rrule, holidays), null, null),
                admin, practiceIds);
        created++;
        for (int game = 0; game < DemoClub.GAMES_PER_TEAM; game++) {
            LocalDate saturday = DemoClub.gameDay(today, game);
            if (saturday.isAfter(seasonEnd)) {
                break;
            }
            boolean home = game % 2 == 0;
            String opponent = OPPONENTS.get((index + game) % OPPONENTS.size());
            Instant kickoff = ZonedDateTime.of(saturday, LocalTime.of(11 + index * 2, 0), zone).toInstant();
            Event g = events.create(new EventRequest((home ? "vs " : "@ ") + opponent, null, EventType.GAME, null,
                    Visibility.TEAM, null, kickoff, kickoff.plus(Duration.ofMinutes(150)), false, zone.getId(),
                    home ? RINK : opponent + " Arena", team, opponent, home ? HomeAway.HOME : HomeAway.AWAY, null,
                    null, null, null, null, null, null), admin, demoTeam ? DemoClub.game(index, game) : null);
            created++;
            if (home && game < 2) {
                created += book(rink, g.getId(), kickoff.minus(Duration.ofMinutes(30)), kickoff.plus(Duration.ofMinutes(150)),
                        "Home game", admin);
            }
        }
        Instant horizon = today.plusDays(14).atStartOfDay(zone).toInstant();
        for (Event practice : events.seriesMembers(firstPractice.getSeriesId())) {
            if (practice.getStartAt().isBefore(horizon)) {
                created += book(rink, practice.getId(), practice.getStartAt(), practice.getEndAt(), "Team practice", admin);
            }
        }
        CurrentUser coach = new CurrentUser(SEED_USER, admin.organizationId(), null, Set.of(Role.COACH),
                Set.of(team), Set.of());
        LocalDate dryland = today.plusDays(3 + index);
        if (dryland.getDayOfWeek() == DayOfWeek.SUNDAY) {
            dryland = dryland.plusDays(1);
        }
        Instant drylandStart = ZonedDateTime.of(dryland, LocalTime.of(9 + index, 0), zone).toInstant();
        created += book(gym, null, drylandStart, drylandStart.plus(Duration.ofHours(1)), "Dryland training", coach);
        return created;
    }

    /** The last day of the season that {@code today} is in, or of the next one from April on. */
    static LocalDate seasonEnd(LocalDate today) {
        return LocalDate.of(today.getMonthValue() > 3 ? today.getYear() + 1 : today.getYear(), 3, 31);
    }

    private int book(Resource resource, UUID eventId, Instant start, Instant end, String purpose, CurrentUser user) {
        try {
            bookings.create(new BookingRequest(resource.getId(), eventId, start, end, purpose), user);
            return 1;
        } catch (ApiException e) {
            log.debug("Demo booking of {} at {} skipped: {}", resource.getName(), start, e.getMessage());
            return 0;
        }
    }

    private static List<AvailabilityWindow.Dto> daily(LocalTime from, LocalTime to) {
        List<AvailabilityWindow.Dto> windows = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            windows.add(new AvailabilityWindow.Dto(d, from, to));
        }
        return windows;
    }
}
