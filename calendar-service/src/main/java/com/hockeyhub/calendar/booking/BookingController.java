package com.hockeyhub.calendar.booking;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.calendar.common.TimeRange;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.Paging;
import com.hockeyhub.shared.web.SqlStates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Bookings", description = "Resource bookings without double booking; free slots")
class BookingController {

    private static final Set<String> SORTABLE = Set.of("startAt", "endAt", "status", "createdAt");

    private final BookingService bookings;

    public BookingController(BookingService bookings) {
        this.bookings = bookings;
    }

    public record CancelBookingRequest(@Size(max = 500) String reason) {
    }

    @PostMapping("/api/bookings")
    @Operation(summary = "Book a resource; 409 naming the booking that already holds an overlapping slot")
    public ResponseEntity<BookingResponse> create(@Valid @RequestBody BookingRequest request, CurrentUser user) {
        Booking booking;
        try {
            booking = bookings.create(request, user);
        } catch (DataIntegrityViolationException e) {
            if (SqlStates.EXCLUSION_VIOLATION.equals(SqlStates.of(e))) {
                throw bookings.conflictFor(request, user);
            }
            throw e;
        }
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/bookings/{id}")
                .buildAndExpand(booking.getId()).toUri();
        return ResponseEntity.created(location).body(BookingResponse.of(booking));
    }

    @GetMapping("/api/bookings")
    @Operation(summary = "Bookings of the club overlapping [from, to)")
    public PageResponse<BookingResponse> list(@RequestParam(required = false) UUID resourceId,
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.FROM) Instant from,
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.TO) Instant to,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            CurrentUser user) {
        return PageResponse.of(bookings.list(resourceId, from, to, ApiEnums.param(BookingStatus.class, "status", status),
                user, Paging.pageable(page, size, sort, SORTABLE, Sort.by("startAt"))), BookingResponse::of);
    }

    @GetMapping("/api/bookings/{id}")
    @Operation(summary = "One booking")
    public BookingResponse get(@PathVariable UUID id, CurrentUser user) {
        return BookingResponse.of(bookings.get(id, user));
    }

    @PostMapping("/api/bookings/{id}/approve")
    @Operation(summary = "Confirm a pending booking (equipment manager, club admin)")
    public BookingResponse approve(@PathVariable UUID id, CurrentUser user) {
        return BookingResponse.of(bookings.approve(id, user));
    }

    @PostMapping("/api/bookings/{id}/cancel")
    @Operation(summary = "Cancel a booking (booker, equipment manager, club admin); frees the slot")
    public BookingResponse cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelBookingRequest request,
            CurrentUser user) {
        return BookingResponse.of(bookings.cancel(id, request == null ? null : request.reason(), user));
    }

    @GetMapping("/api/resources/{id}/availability")
    @Operation(summary = "Free slots (opening hours minus bookings) and busy intervals of a resource in [from, to)")
    public Availability availability(@PathVariable UUID id,
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.FROM) Instant from,
            @RequestParam(required = false) @Parameter(required = true, description = TimeRange.TO) Instant to,
            CurrentUser user) {
        return bookings.availability(id, from, to, user);
    }
}
