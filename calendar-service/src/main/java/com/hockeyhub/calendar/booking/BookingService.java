package com.hockeyhub.calendar.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.calendar.common.TimeRange;
import com.hockeyhub.calendar.event.EventCancelled;
import com.hockeyhub.calendar.event.EventService;
import com.hockeyhub.calendar.resource.AvailabilityWindow;
import com.hockeyhub.calendar.resource.Resource;
import com.hockeyhub.calendar.resource.ResourceRemoving;
import com.hockeyhub.calendar.resource.ResourceService;
import com.hockeyhub.shared.api.calendar.CalendarEvents.BookingChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource bookings. The service checks what it can explain well (opening hours, an overlapping booking it can
 * name), but the guarantee against double booking is the database's exclusion constraint: two requests that pass
 * the check at the same moment still cannot both commit; the loser gets a 409 naming the booking that won.
 */
@Service
public class BookingService {

    static final Role[] BOOKERS = {Role.CLUB_ADMIN, Role.COACH, Role.ASSISTANT_COACH, Role.TEAM_MANAGER,
            Role.EQUIPMENT_MANAGER, Role.PHYSICAL_TRAINER, Role.MEDICAL_STAFF};
    static final Role[] APPROVERS = {Role.CLUB_ADMIN, Role.EQUIPMENT_MANAGER};
    private static final Duration MAX_BOOKING = Duration.ofHours(24);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BookingRepository bookings;
    private final ResourceService resources;
    private final EventService events;
    private final EventPublisher publisher;
    private final CalendarProperties properties;
    private final Clock clock;

    public BookingService(BookingRepository bookings, ResourceService resources, EventService events,
            EventPublisher publisher, CalendarProperties properties, Clock clock) {
        this.bookings = bookings;
        this.resources = resources;
        this.events = events;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Booking create(BookingRequest request, CurrentUser user) {
        user.requireAnyRole(BOOKERS);
        UUID organizationId = user.requireOrganizationId();
        if (!request.endAt().isAfter(request.startAt())) {
            throw new InvalidRequestException("endAt", "must be after startAt");
        }
        if (Duration.between(request.startAt(), request.endAt()).compareTo(MAX_BOOKING) > 0) {
            throw new InvalidRequestException("endAt", "a booking may last at most 24 hours");
        }
        Resource resource = resources.find(request.resourceId(), user)
                .orElseThrow(() -> new InvalidRequestException("resourceId", "no resource " + request.resourceId()
                        + " exists in your club"));
        if (!resource.isActive()) {
            throw new BusinessRuleException("Resource '" + resource.getName() + "' is not bookable (inactive)");
        }
        if (request.eventId() != null) {
            try {
                events.get(request.eventId(), user);
            } catch (NotFoundException e) {
                throw new InvalidRequestException("eventId", "no event " + request.eventId() + " exists in your club");
            }
        }
        if (request.startAt().isBefore(clock.instant())) {
            throw new BusinessRuleException("A booking cannot start in the past");
        }
        requireWithinOpeningHours(resource, request.startAt(), request.endAt());
        List<Booking> overlapping = bookings.findActiveOverlapping(resource.getId(), request.startAt(), request.endAt());
        if (!overlapping.isEmpty()) {
            throw conflict(resource, overlapping.get(0));
        }
        boolean approved = !resource.isRequiresApproval() || user.isSuperAdmin() || user.hasAnyRole(APPROVERS);
        Booking booking = new Booking(organizationId, resource.getId(), request.eventId(), request.startAt(),
                request.endAt(), request.purpose(), user.id(), cost(resource, request.startAt(), request.endAt()),
                approved ? BookingStatus.CONFIRMED : BookingStatus.PENDING);
        if (approved) {
            booking.approve(user.id(), clock.instant());
        }
        Booking saved = bookings.saveAndFlush(booking);
        if (approved) {
            publish(EventTypes.CALENDAR_BOOKING_CONFIRMED, saved, resource.getName());
        }
        return saved;
    }

    /** After the exclusion constraint rejected a booking: the 409 naming the booking that holds the slot. */
    @Transactional(readOnly = true)
    public ConflictException conflictFor(BookingRequest request, CurrentUser user) {
        Resource resource = resources.get(request.resourceId(), user);
        return bookings.findActiveOverlapping(resource.getId(), request.startAt(), request.endAt()).stream()
                .findFirst().map(b -> conflict(resource, b))
                .orElseGet(() -> new ConflictException("Resource '" + resource.getName() + "' was booked for an "
                        + "overlapping time by a concurrent request (" + Booking.NO_OVERLAP_CONSTRAINT + ")"));
    }

    @Transactional
    public Booking approve(UUID id, CurrentUser user) {
        user.requireAnyRole(APPROVERS);
        Booking booking = get(id, user);
        if (booking.getStatus() != BookingStatus.PENDING) {
            throw new ConflictException("Booking " + id + " is " + booking.getStatus().value() + ", not pending");
        }
        booking.approve(user.id(), clock.instant());
        bookings.saveAndFlush(booking);
        publish(EventTypes.CALENDAR_BOOKING_CONFIRMED, booking, resources.nameOf(booking.getResourceId()));
        return booking;
    }

    @Transactional
    public Booking cancel(UUID id, String reason, CurrentUser user) {
        Booking booking = get(id, user);
        if (!user.id().equals(booking.getBookedBy()) && !user.isSuperAdmin() && !user.hasAnyRole(APPROVERS)) {
            throw new ForbiddenException("Only the booker, an equipment manager or a club admin may cancel a booking");
        }
        if (!booking.isActive()) {
            throw new ConflictException("Booking " + id + " is already " + booking.getStatus().value());
        }
        booking.cancel(reason, clock.instant());
        bookings.saveAndFlush(booking);
        publish(EventTypes.CALENDAR_BOOKING_CANCELLED, booking, resources.nameOf(booking.getResourceId()));
        return booking;
    }

    /** A cancelled event releases its resources: its active bookings are cancelled in the same transaction. */
    @EventListener
    @Transactional
    public void onEventCancelled(EventCancelled cancelled) {
        for (Booking booking : bookings.findActiveByEvent(cancelled.eventId())) {
            booking.cancel(cancelled.reason() == null ? "Event cancelled" : "Event cancelled: " + cancelled.reason(),
                    clock.instant());
            bookings.saveAndFlush(booking);
            publish(EventTypes.CALENDAR_BOOKING_CANCELLED, booking, resources.nameOf(booking.getResourceId()));
        }
    }

    /** A resource with coming active bookings cannot be removed: cancel or move them first. */
    @EventListener
    public void onResourceRemoving(ResourceRemoving removing) {
        List<Booking> coming = bookings.findActiveOverlapping(removing.resourceId(), clock.instant(),
                clock.instant().plus(Duration.ofDays(3650)));
        if (!coming.isEmpty()) {
            throw new ConflictException("Resource '" + removing.name() + "' has " + coming.size()
                    + " coming booking(s), the first " + coming.get(0).getId() + "; cancel them first");
        }
    }

    @Transactional(readOnly = true)
    public Booking get(UUID id, CurrentUser user) {
        Booking booking = bookings.findById(id).orElseThrow(() -> new NotFoundException("Booking", id));
        user.requireOrganization(booking.getOrganizationId(), "Booking", id);
        return booking;
    }

    @Transactional(readOnly = true)
    public Page<Booking> list(UUID resourceId, Instant from, Instant to, BookingStatus status, CurrentUser user,
            Pageable pageable) {
        TimeRange range = TimeRange.required(from, to, properties.maxRangeDays());
        UUID organizationId = user.requireOrganizationId();
        if (resourceId != null) {
            resources.get(resourceId, user); // another club's resource: 404, not an empty page
        }
        Specification<Booking> spec = (root, q, cb) -> cb.and(cb.equal(root.get("organizationId"), organizationId),
                cb.lessThan(root.get("startAt"), range.to()), cb.greaterThan(root.get("endAt"), range.from()));
        if (resourceId != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("resourceId"), resourceId));
        }
        if (status != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
        }
        return bookings.findAll(spec, pageable);
    }

    /** Free slots (opening hours minus active bookings) and busy intervals of a resource in [from, to). */
    @Transactional(readOnly = true)
    public Availability availability(UUID resourceId, Instant from, Instant to, CurrentUser user) {
        TimeRange range = TimeRange.required(from, to, properties.maxRangeDays());
        Resource resource = resources.get(resourceId, user);
        List<Booking> busy = bookings.findActiveOverlapping(resourceId, range.from(), range.to());
        List<Availability.Slot> open = openIntervals(resource, range);
        List<Availability.Slot> free = new ArrayList<>();
        for (Availability.Slot slot : open) {
            Instant cursor = slot.startAt();
            for (Booking b : busy) {
                if (!b.getEndAt().isAfter(cursor) || !b.getStartAt().isBefore(slot.endAt())) {
                    continue;
                }
                if (b.getStartAt().isAfter(cursor)) {
                    free.add(new Availability.Slot(cursor, b.getStartAt()));
                }
                cursor = b.getEndAt().isAfter(cursor) ? b.getEndAt() : cursor;
            }
            if (cursor.isBefore(slot.endAt())) {
                free.add(new Availability.Slot(cursor, slot.endAt()));
            }
        }
        return new Availability(resourceId, range.from(), range.to(), free, busy.stream()
                .map(b -> new Availability.Busy(b.getId(), b.getStartAt(), b.getEndAt(), b.getStatus())).toList());
    }

    /** Cost = duration in hours × hourly rate, rounded to cents. */
    static BigDecimal cost(Resource resource, Instant start, Instant end) {
        BigDecimal hours = BigDecimal.valueOf(Duration.between(start, end).toSeconds())
                .divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
        return resource.getHourlyRate().multiply(hours).setScale(2, RoundingMode.HALF_UP);
    }

    private void requireWithinOpeningHours(Resource resource, Instant start, Instant end) {
        if (resource.getAvailability().isEmpty()) {
            return;
        }
        boolean inside = openIntervals(resource, new TimeRange(start, end)).stream()
                .anyMatch(s -> !s.startAt().isAfter(start) && !s.endAt().isBefore(end));
        if (!inside) {
            String hours = resource.getAvailability().stream()
                    .sorted(Comparator.comparing(AvailabilityWindow::getDayOfWeek)
                            .thenComparing(AvailabilityWindow::getStartTime))
                    .map(AvailabilityWindow::toString).collect(Collectors.joining(", "));
            throw new BusinessRuleException("The booking is outside the opening hours of '" + resource.getName()
                    + "' (" + resource.getTimeZone() + ": " + hours + ")");
        }
    }

    /** Opening-hour intervals (merged when adjacent) intersected with the range; the whole range without windows. */
    private static List<Availability.Slot> openIntervals(Resource resource, TimeRange range) {
        if (resource.getAvailability().isEmpty()) {
            return List.of(new Availability.Slot(range.from(), range.to()));
        }
        ZoneId zone = resource.zone();
        List<Availability.Slot> raw = new ArrayList<>();
        LocalDate day = range.from().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = range.to().atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (AvailabilityWindow w : resource.getAvailability()) {
                if (w.getDayOfWeek() != day.getDayOfWeek()) {
                    continue;
                }
                Instant s = ZonedDateTime.of(day, w.getStartTime(), zone).toInstant();
                Instant e = ZonedDateTime.of(day, w.getEndTime(), zone).toInstant();
                Instant from = s.isBefore(range.from()) ? range.from() : s;
                Instant to = e.isAfter(range.to()) ? range.to() : e;
                if (from.isBefore(to)) {
                    raw.add(new Availability.Slot(from, to));
                }
            }
        }
        raw.sort(Comparator.comparing(Availability.Slot::startAt));
        List<Availability.Slot> merged = new ArrayList<>();
        for (Availability.Slot slot : raw) {
            if (!merged.isEmpty() && !merged.get(merged.size() - 1).endAt().isBefore(slot.startAt())) {
                Availability.Slot prev = merged.remove(merged.size() - 1);
                merged.add(new Availability.Slot(prev.startAt(),
                        prev.endAt().isAfter(slot.endAt()) ? prev.endAt() : slot.endAt()));
            } else {
                merged.add(slot);
            }
        }
        return merged;
    }

    private ConflictException conflict(Resource resource, Booking existing) {
        ZoneId zone = resource.zone();
        return new ConflictException("Resource '" + resource.getName() + "' is already booked "
                + TIME.format(existing.getStartAt().atZone(zone)) + "–" + TIME.format(existing.getEndAt().atZone(zone))
                + " (" + zone.getId() + ") by booking " + existing.getId() + " ("
                + existing.getStatus().value() + ")");
    }

    private void publish(String type, Booking b, String resourceName) {
        publisher.publish(type, b.getOrganizationId(), new BookingChanged(b.getId(), b.getOrganizationId(),
                b.getResourceId(), resourceName, b.getEventId(), b.getStartAt(), b.getEndAt(),
                b.getStatus().value(), b.getCost(), b.getBookedBy()));
    }
}
