package com.hockeyhub.training.equipment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.SqlStates;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import com.hockeyhub.training.equipment.EquipmentViews.ItemRequest;
import com.hockeyhub.training.equipment.EquipmentViews.ItemResponse;
import com.hockeyhub.training.equipment.EquipmentViews.ReservationRequest;
import com.hockeyhub.training.equipment.EquipmentViews.ReservationResponse;
import com.hockeyhub.training.session.SessionService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The club's equipment and its reservations. Overlap is decided by PostgreSQL's exclusion constraint
 * ({@value EquipmentReservation#NO_OVERLAP_CONSTRAINT}), so concurrent requests for one slot leave one winner; the
 * losers get a 409 naming the reservation that holds the slot.
 */
@Service
public class EquipmentService {

    private static final Duration MAX_RESERVATION = Duration.ofDays(14);
    private static final Duration MAX_RANGE = Duration.ofDays(92);
    private static final Set<ReservationStatus> ACTIVE = Set.of(ReservationStatus.RESERVED,
            ReservationStatus.CHECKED_OUT);
    /** Concurrent inserts checking one exclusion constraint may deadlock; the loser tries again and then conflicts. */
    private static final int ATTEMPTS = 3;

    private final EquipmentItemRepository items;
    private final ReservationRepository reservations;
    private final SessionService sessions;
    private final TrainingAccessPolicy policy;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    EquipmentService(EquipmentItemRepository items, ReservationRepository reservations, SessionService sessions,
            TrainingAccessPolicy policy, TransactionTemplate transactions) {
        this.items = items;
        this.reservations = reservations;
        this.sessions = sessions;
        this.policy = policy;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public List<ItemResponse> list(CurrentUser user) {
        return items.findByOrganizationIdOrderByName(policy.requireEquipmentUser(user)).stream()
                .map(ItemResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public ItemResponse get(UUID id, CurrentUser user) {
        return ItemResponse.of(requireItem(policy.requireEquipmentUser(user), id));
    }

    @Transactional
    public ItemResponse create(ItemRequest request, CurrentUser user) {
        UUID club = policy.requireEquipmentManager(user);
        requireFreeName(club, request.name(), null);
        return ItemResponse.of(items.saveAndFlush(new EquipmentItem(club, request)));
    }

    @Transactional
    public ItemResponse update(UUID id, ItemRequest request, CurrentUser user) {
        UUID club = policy.requireEquipmentManager(user);
        EquipmentItem item = requireItem(club, id);
        requireFreeName(club, request.name(), id);
        item.describe(request);
        return ItemResponse.of(items.saveAndFlush(item));
    }

    /** Removes an item that holds no active reservation (409 otherwise). */
    @Transactional
    public void delete(UUID id, CurrentUser user) {
        UUID club = policy.requireEquipmentManager(user);
        EquipmentItem item = requireItem(club, id);
        if (!reservations.overlapping(id, clock.instant(), Instant.parse("9999-01-01T00:00:00Z"), ACTIVE)
                .isEmpty()) {
            throw new ConflictException("Equipment '" + item.getName() + "' has active reservations; cancel them first");
        }
        items.delete(item);
    }

    /** The item's reservations overlapping [from, to) (default: the next 14 days; at most 92 days). */
    @Transactional(readOnly = true)
    public List<ReservationResponse> reservationsOf(UUID itemId, Instant from, Instant to, CurrentUser user) {
        UUID club = policy.requireEquipmentUser(user);
        requireItem(club, itemId);
        Instant start = from == null ? clock.instant() : from;
        Instant end = to == null ? start.plus(Duration.ofDays(14)) : to;
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidRequestException("to", "must be after from, at most 92 days later");
        }
        return reservations.overlapping(itemId, start, end).stream().map(ReservationResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public ReservationResponse reservation(UUID id, CurrentUser user) {
        return ReservationResponse.of(requireReservation(policy.requireEquipmentUser(user), id));
    }

    /** Reserves the item for [startsAt, endsAt); 409 naming the reservation that already holds an overlapping slot. */
    public ReservationResponse reserve(UUID itemId, ReservationRequest request, CurrentUser user) {
        UUID club = policy.requireEquipmentUser(user);
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new InvalidRequestException("endsAt", "must be after startsAt");
        }
        if (Duration.between(request.startsAt(), request.endsAt()).compareTo(MAX_RESERVATION) > 0) {
            throw new InvalidRequestException("endsAt", "must be at most 14 days after startsAt");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> insert(club, itemId, request, user));
            } catch (DataIntegrityViolationException e) {
                if (!SqlStates.EXCLUSION_VIOLATION.equals(SqlStates.of(e))) {
                    throw e;
                }
                throw conflict(itemId, request);
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Transactional
    public ReservationResponse checkOut(UUID id, CurrentUser user) {
        EquipmentReservation reservation = requireReservation(policy.requireEquipmentUser(user), id);
        reservation.checkOut(user.id(), clock.instant());
        return ReservationResponse.of(reservations.saveAndFlush(reservation));
    }

    @Transactional
    public ReservationResponse checkIn(UUID id, CurrentUser user) {
        EquipmentReservation reservation = requireReservation(policy.requireEquipmentUser(user), id);
        reservation.checkIn(user.id(), clock.instant());
        return ReservationResponse.of(reservations.saveAndFlush(reservation));
    }

    /** The one who reserved, or equipment managers, trainers and club admins, cancel a reservation not yet out. */
    @Transactional
    public ReservationResponse cancel(UUID id, CurrentUser user) {
        EquipmentReservation reservation = requireReservation(policy.requireEquipmentUser(user), id);
        if (!user.id().equals(reservation.getReservedBy())
                && !user.hasAnyRole(Role.EQUIPMENT_MANAGER, Role.PHYSICAL_TRAINER, Role.CLUB_ADMIN)) {
            throw new ForbiddenException("Only who reserved it, equipment managers, trainers and club admins cancel "
                    + "a reservation");
        }
        reservation.cancel();
        return ReservationResponse.of(reservations.saveAndFlush(reservation));
    }

    private ReservationResponse insert(UUID club, UUID itemId, ReservationRequest request, CurrentUser user) {
        requireItem(club, itemId);
        if (request.sessionId() != null) {
            try {
                sessions.require(club, request.sessionId());
            } catch (NotFoundException e) {
                throw new InvalidRequestException("sessionId", "is not a session of the club");
            }
        }
        return ReservationResponse.of(reservations.saveAndFlush(new EquipmentReservation(club, itemId,
                request.sessionId(), user.id(), request.startsAt(), request.endsAt(), request.purpose())));
    }

    private ConflictException conflict(UUID itemId, ReservationRequest request) {
        String name = items.findById(itemId).map(EquipmentItem::getName).orElse(itemId.toString());
        return reservations.overlapping(itemId, request.startsAt(), request.endsAt(), ACTIVE).stream().findFirst()
                .map(held -> new ConflictException("Equipment '" + name + "' is already " + held.getStatus().value()
                        + " from " + held.getStartsAt() + " to " + held.getEndsAt() + " (reservation " + held.getId()
                        + ", " + EquipmentReservation.NO_OVERLAP_CONSTRAINT + ")"))
                .orElseGet(() -> new ConflictException("Equipment '" + name + "' was reserved for an overlapping "
                        + "time by a concurrent request (" + EquipmentReservation.NO_OVERLAP_CONSTRAINT + ")"));
    }

    private void requireFreeName(UUID club, String name, UUID except) {
        if (items.nameTaken(club, name.trim(), except)) {
            throw new ConflictException("The club already has equipment named " + name.trim());
        }
    }

    private EquipmentItem requireItem(UUID club, UUID id) {
        return items.findById(id).filter(i -> i.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Equipment", id));
    }

    private EquipmentReservation requireReservation(UUID club, UUID id) {
        return reservations.findById(id).filter(r -> r.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Reservation", id));
    }
}
