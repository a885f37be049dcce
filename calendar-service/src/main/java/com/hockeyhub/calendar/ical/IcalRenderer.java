package com.hockeyhub.calendar.ical;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.calendar.event.Event;
import com.hockeyhub.calendar.recurrence.RecurrenceExpander.Occurrence;
import com.hockeyhub.calendar.recurrence.RecurrenceSeries;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Builds RFC 5545 calendars with ical4j: one VEVENT per single event; a series as one VEVENT with its RRULE,
 * EXDATEs for exception dates and cancelled occurrences, and an overriding VEVENT (same UID, RECURRENCE-ID) for
 * each occurrence edited on its own. Times carry their TZID and the matching VTIMEZONE is included.
 */
public final class IcalRenderer {

    static final String UID_DOMAIN = "@calendar.hockeyhub";
    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** A series to render: its stored rule, its expansion and every stored occurrence. */
    public record SeriesData(RecurrenceSeries series, List<Occurrence> occurrences, List<Event> members) {
    }

    private IcalRenderer() {
    }

    public static Calendar render(String name, List<Event> singles, List<SeriesData> series) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Hockey Hub//calendar-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zones = new LinkedHashSet<>();
        for (Event e : singles) {
            calendar.add(vevent(e, e.getId(), null));
            zones.add(e.getTimeZone());
        }
        for (SeriesData s : series) {
            zones.add(s.series().getTimeZone());
            s.members().forEach(m -> zones.add(m.getTimeZone()));
            series(s).forEach(calendar::add);
        }
        for (String zone : zones) {
            var tz = TIME_ZONES.getTimeZone(zone);
            if (tz != null) {
                calendar.add(tz.getVTimeZone());
            }
        }
        return calendar;
    }

    private static List<VEvent> series(SeriesData data) {
        RecurrenceSeries series = data.series();
        ZoneId zone = series.zone();
        List<Event> members = data.members().stream().sorted(Comparator.comparing(Event::getRecurrenceId)).toList();
        Event template = members.stream().filter(e -> !e.isDetached() && !e.isCancelled()).findFirst()
                .orElse(members.get(0));
        ZonedDateTime start = series.getDtstartLocal().atZone(zone);
        VEvent master = new VEvent(start, start.plus(Duration.ofMinutes(series.getDurationMinutes())), template.getTitle());
        describe(master, template, series.getId());
        master.add(new RRule<>(series.getRrule()));
        Map<ZonedDateTime, Boolean> exdates = new LinkedHashMap<>();
        for (Occurrence o : data.occurrences()) {
            if (o.excluded()) {
                exdates.put(o.start().atZone(zone), true);
            }
        }
        List<VEvent> result = new ArrayList<>();
        result.add(master);
        for (Event member : members) {
            if (member.isCancelled()) {
                exdates.put(member.getRecurrenceId().atZone(zone), true);
            } else if (member.isDetached()) {
                result.add(vevent(member, series.getId(), member.getRecurrenceId().atZone(zone)));
            }
        }
        if (!exdates.isEmpty()) {
            master.add(new ExDate<>(new DateList<>(new ArrayList<Temporal>(exdates.keySet()))));
        }
        return result;
    }

    private static VEvent vevent(Event e, UUID uid, ZonedDateTime recurrenceId) {
        ZoneId zone = ZoneId.of(e.getTimeZone());
        VEvent vevent;
        if (e.isAllDay()) {
            LocalDate start = e.getStartAt().atZone(zone).toLocalDate();
            LocalDate end = e.getEndAt().atZone(zone).toLocalDate();
            vevent = new VEvent(start, end.isAfter(start) ? end : start.plusDays(1), e.getTitle());
        } else {
            vevent = new VEvent(e.getStartAt().atZone(zone), e.getEndAt().atZone(zone), e.getTitle());
        }
        describe(vevent, e, uid);
        if (recurrenceId != null) {
            vevent.add(new RecurrenceId<>(recurrenceId));
        }
        if (e.isCancelled()) {
            vevent.add(new Status(Status.VALUE_CANCELLED));
        }
        return vevent;
    }

    private static void describe(VEvent vevent, Event e, UUID uid) {
        vevent.add(new Uid(uid + UID_DOMAIN));
        vevent.add(new Sequence(e.getVersion() == null ? 0 : e.getVersion().intValue()));
        if (e.getUpdatedAt() != null) {
            vevent.add(new LastModified(e.getUpdatedAt()));
        }
        if (e.getLocation() != null) {
            vevent.add(new Location(e.getLocation()));
        }
        StringBuilder text = new StringBuilder();
        if (e.getOpponent() != null) {
            text.append("vs ").append(e.getOpponent());
            if (e.getHomeAway() != null) {
                text.append(" (").append(e.getHomeAway().value()).append(")");
            }
        }
        if (e.getDescription() != null) {
            text.append(text.isEmpty() ? "" : "\n").append(e.getDescription());
        }
        if (!text.isEmpty()) {
            vevent.add(new Description(text.toString()));
        }
        vevent.add(new Categories(e.getType().value()));
    }
}
