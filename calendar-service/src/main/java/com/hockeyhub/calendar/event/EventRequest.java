package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or replace an event (or a series, with {@code recurrence}). */
public record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @NotNull EventType type,
        @Schema(description = "draft or scheduled (default) on create; any status on update") EventStatus status,
        @Schema(description = "default: team for team events, public otherwise") Visibility visibility,
        @Schema(description = "for role_based visibility, e.g. [\"coach\", \"medical_staff\"]")
        List<@NotBlank String> visibleRoles,
        @NotNull Instant startAt,
        @NotNull Instant endAt,
        Boolean allDay,
        @Schema(description = "IANA zone, default the club's (Europe/Stockholm)", example = "Europe/Stockholm")
        @Size(max = 60) String timeZone,
        @Size(max = 300) String location,
        UUID teamId,
        @Size(max = 200) String opponent,
        HomeAway homeAway,
        @Size(max = 50) String result,
        @Min(1) @Max(10000) Integer maxParticipants,
        @Schema(description = "invitees start as accepted (e.g. practices)") Boolean defaultAttending,
        @Schema(description = "reminder lead times in minutes; default by type (game 120/60/15, training 60/15, "
                + "medical 1440/60)") @Size(max = 5) List<@NotNull @Min(1) @Max(40320) Integer> reminderMinutes,
        @Valid RecurrenceRequest recurrence,
        @Size(max = 500) List<@NotNull UUID> participantIds,
        @Schema(description = "the version last read; a stale version is a 409") Long version) {

    /** An RFC 5545 RRULE (subset) and dates without an occurrence. */
    public record RecurrenceRequest(
            @NotBlank @Size(max = 300)
            @Schema(example = "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270331T235959Z") String rrule,
            @Size(max = 366) List<@NotNull LocalDate> exceptionDates) {
    }
}
