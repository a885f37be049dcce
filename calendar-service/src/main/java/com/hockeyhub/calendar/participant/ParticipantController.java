package com.hockeyhub.calendar.participant;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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

@RestController
@RequestMapping("/api/events/{eventId}")
@Tag(name = "Participants", description = "Invitations, RSVPs with waiting lists, check-in")
class ParticipantController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "rsvpStatus", "respondedAt", "userId");

    private final ParticipantService participants;

    public ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    public record InviteRequest(@Size(max = 500) List<@NotNull UUID> userIds, UUID teamId, ParticipantRole role) {
    }

    public record RsvpRequest(@NotNull RsvpStatus status,
            @Schema(description = "answer for a linked child (parents) or a participant (event staff)") UUID userId) {
    }

    public record ParticipantResponse(UUID id, UUID eventId, UUID userId, ParticipantRole role, RsvpStatus rsvpStatus,
                                      Integer waitlistPosition, Instant respondedAt, UUID respondedBy,
                                      Instant checkedInAt, boolean unavailable, String unavailableReason) {
    }

    @GetMapping("/participants")
    @Operation(summary = "The event's participants and their answers")
    public PageResponse<ParticipantResponse> list(@PathVariable UUID eventId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, CurrentUser user) {
        participants.requireVisible(eventId, user);
        return PageResponse.of(participants.list(eventId, Paging.pageable(page, size, sort, SORTABLE,
                Sort.by("createdAt", "id"))), this::response);
    }

    @PostMapping("/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite users and/or a whole team (from the roster); returns the newly invited")
    public List<ParticipantResponse> invite(@PathVariable UUID eventId, @Valid @RequestBody InviteRequest request,
            CurrentUser user) {
        if ((request.userIds() == null || request.userIds().isEmpty()) && request.teamId() == null) {
            throw new InvalidRequestException("userIds", "give userIds or a teamId");
        }
        return participants.inviteByRequest(eventId, request.userIds(), request.teamId(), request.role(), user)
                .stream().map(this::response).toList();
    }

    @DeleteMapping("/participants/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a participant; a freed place goes to the first on the waiting list")
    public void remove(@PathVariable UUID eventId, @PathVariable UUID userId, CurrentUser user) {
        participants.remove(eventId, userId, user);
    }

    @PutMapping("/rsvp")
    @Operation(summary = "Answer accepted, declined or tentative (a full event puts accepts on the waiting list)")
    public ParticipantResponse rsvp(@PathVariable UUID eventId, @Valid @RequestBody RsvpRequest request,
            CurrentUser user) {
        return response(participants.rsvp(eventId, request.userId(), request.status(), user));
    }

    @PostMapping("/participants/{userId}/check-in")
    @Operation(summary = "Mark a participant as present")
    public ParticipantResponse checkIn(@PathVariable UUID eventId, @PathVariable UUID userId, CurrentUser user) {
        return response(participants.checkIn(eventId, userId, user));
    }

    private ParticipantResponse response(Participant p) {
        return new ParticipantResponse(p.getId(), p.getEventId(), p.getUserId(), p.getRole(), p.getRsvpStatus(),
                participants.waitlistPosition(p), p.getRespondedAt(), p.getRespondedBy(), p.getCheckedInAt(),
                p.isUnavailable(), p.getUnavailableReason());
    }
}
