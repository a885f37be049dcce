package com.hockeyhub.training.equipment;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Equipment", description = "The club's equipment, its reservations, check-out and check-in")
class EquipmentController {

    private final EquipmentService equipment;

    EquipmentController(EquipmentService equipment) {
        this.equipment = equipment;
    }

    @GetMapping("/api/equipment")
    @Operation(summary = "The club's equipment (trainers, coaches, equipment managers, club admins)")
    List<EquipmentViews.ItemResponse> list(CurrentUser user) {
        return equipment.list(user);
    }

    @GetMapping("/api/equipment/{id}")
    @Operation(summary = "One item of the club's equipment")
    EquipmentViews.ItemResponse get(CurrentUser user, @PathVariable UUID id) {
        return equipment.get(id, user);
    }

    @PostMapping("/api/equipment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item (equipment managers, trainers, club admins); 409 when the name is taken")
    EquipmentViews.ItemResponse create(CurrentUser user, @Valid @RequestBody EquipmentViews.ItemRequest request) {
        return equipment.create(request, user);
    }

    @PutMapping("/api/equipment/{id}")
    @Operation(summary = "Change an item's description")
    EquipmentViews.ItemResponse update(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody EquipmentViews.ItemRequest request) {
        return equipment.update(id, request, user);
    }

    @DeleteMapping("/api/equipment/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an item that has no active reservation (409 otherwise)")
    void delete(CurrentUser user, @PathVariable UUID id) {
        equipment.delete(id, user);
    }

    @GetMapping("/api/equipment/{id}/reservations")
    @Operation(summary = "The item's reservations overlapping [from, to) (default: the next 14 days; at most 92)")
    List<EquipmentViews.ReservationResponse> reservations(CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return equipment.reservationsOf(id, from, to, user);
    }

    @PostMapping("/api/equipment/{id}/reservations")
    @Operation(summary = "Reserve the item for [startsAt, endsAt) (at most 14 days)",
            description = "No two active reservations of one item overlap, also under concurrent requests (a "
                    + "PostgreSQL exclusion constraint decides): 409 naming the reservation that holds the slot. "
                    + "400 naming endsAt when it is not after startsAt.")
    ResponseEntity<EquipmentViews.ReservationResponse> reserve(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody EquipmentViews.ReservationRequest request) {
        EquipmentViews.ReservationResponse reservation = equipment.reserve(id, request, user);
        return ResponseEntity.created(URI.create("/api/equipment-reservations/" + reservation.id()))
                .body(reservation);
    }

    @GetMapping("/api/equipment-reservations/{id}")
    @Operation(summary = "One reservation of the club's equipment")
    EquipmentViews.ReservationResponse reservation(CurrentUser user, @PathVariable UUID id) {
        return equipment.reservation(id, user);
    }

    @PostMapping("/api/equipment-reservations/{id}/check-out")
    @Operation(summary = "Hand the item out (a reserved reservation; 409 otherwise)")
    EquipmentViews.ReservationResponse checkOut(CurrentUser user, @PathVariable UUID id) {
        return equipment.checkOut(id, user);
    }

    @PostMapping("/api/equipment-reservations/{id}/check-in")
    @Operation(summary = "Take the item back (a checked-out reservation; 409 otherwise); the rest of the slot is free")
    EquipmentViews.ReservationResponse checkIn(CurrentUser user, @PathVariable UUID id) {
        return equipment.checkIn(id, user);
    }

    @PostMapping("/api/equipment-reservations/{id}/cancel")
    @Operation(summary = "Cancel a reservation not yet checked out (who reserved it, equipment managers, trainers, "
            + "club admins); its slot is free again")
    EquipmentViews.ReservationResponse cancel(CurrentUser user, @PathVariable UUID id) {
        return equipment.cancel(id, user);
    }
}
