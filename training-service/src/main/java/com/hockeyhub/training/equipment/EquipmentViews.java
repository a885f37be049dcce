package com.hockeyhub.training.equipment;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and answers of the equipment API. */
public final class EquipmentViews {

    private EquipmentViews() {
    }

    public record ItemRequest(@NotBlank @Size(max = 120) String name, @Size(max = 60) String category,
                              @Size(max = 200) String location, @Size(max = 1000) String notes) {
    }

    public record ItemResponse(UUID id, String name, String category, String location, String notes) {

        static ItemResponse of(EquipmentItem i) {
            return new ItemResponse(i.getId(), i.getName(), i.getCategory(), i.getLocation(), i.getNotes());
        }
    }

    /** Holding an item for [startsAt, endsAt), optionally for one of the club's sessions. */
    public record ReservationRequest(@NotNull Instant startsAt, @NotNull Instant endsAt, UUID sessionId,
                                     @Size(max = 300) String purpose) {
    }

    public record ReservationResponse(UUID id, UUID itemId, UUID sessionId, UUID reservedBy, Instant startsAt,
                                      Instant endsAt, ReservationStatus status, String purpose, Instant checkedOutAt,
                                      UUID checkedOutBy, Instant checkedInAt, UUID checkedInBy) {

        static ReservationResponse of(EquipmentReservation r) {
            return new ReservationResponse(r.getId(), r.getItemId(), r.getSessionId(), r.getReservedBy(),
                    r.getStartsAt(), r.getEndsAt(), r.getStatus(), r.getPurpose(), r.getCheckedOutAt(),
                    r.getCheckedOutBy(), r.getCheckedInAt(), r.getCheckedInBy());
        }
    }
}
