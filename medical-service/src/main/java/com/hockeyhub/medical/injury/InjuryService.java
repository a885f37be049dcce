package com.hockeyhub.medical.injury;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.access.AccessLevel;
import com.hockeyhub.medical.access.MedicalAccessAudit;
import com.hockeyhub.medical.access.MedicalAccessPolicy;
import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.access.PlayerAccess;
import com.hockeyhub.medical.access.TeamAccess;
import com.hockeyhub.medical.availability.AvailabilityChange;
import com.hockeyhub.medical.availability.AvailabilityService;
import com.hockeyhub.medical.availability.ClearancePending;
import com.hockeyhub.medical.availability.AvailabilitySource;
import com.hockeyhub.medical.availability.AvailabilityStatus;
import com.hockeyhub.medical.availability.PlayerAvailability;
import com.hockeyhub.medical.clearance.ClearanceService;
import com.hockeyhub.medical.clearance.ClearanceStatus;
import com.hockeyhub.medical.injury.InjuryRequests.RecoverInjury;
import com.hockeyhub.medical.injury.InjuryRequests.ReportInjury;
import com.hockeyhub.medical.injury.InjuryRequests.UpdateInjury;
import com.hockeyhub.medical.roster.PlayerRef;
import com.hockeyhub.medical.roster.RosterService;
import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiException;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Injuries: reporting makes the player injured, recovery (with clearance where required) makes them available again
 * once no other injury is open. Reads are checked by the {@link MedicalAccessPolicy} and audited.
 */
@Service
public class InjuryService implements ClearancePending {

    static final Set<InjuryStatus> OPEN = EnumSet.of(InjuryStatus.ACTIVE, InjuryStatus.RECOVERING);

    private final InjuryRepository injuries;
    private final MedicalAccessPolicy policy;
    private final MedicalAccessAudit audit;
    private final AvailabilityService availability;
    private final ClearanceService clearances;
    private final RosterService roster;
    private final EventPublisher events;
    private final Clock clock;

    InjuryService(InjuryRepository injuries, MedicalAccessPolicy policy, MedicalAccessAudit audit,
            AvailabilityService availability, ClearanceService clearances, RosterService roster,
            EventPublisher events, Clock clock) {
        this.injuries = injuries;
        this.policy = policy;
        this.audit = audit;
        this.availability = availability;
        this.clearances = clearances;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    /** An injury with the access the caller holds for its player. */
    public record InjuryAccess(Injury injury, PlayerAccess access) {
    }

    @Transactional
    public Injury report(CurrentUser user, ReportInjury request) {
        PlayerRef player = policy.requireMedicalStaffFor(user, request.playerId());
        requireReturnNotBefore(request.expectedReturn(), request.injuryDate());
        Injury injury = new Injury(player.organizationId(), player.playerId());
        boolean clearance = request.clearanceRequired() != null ? request.clearanceRequired()
                : request.severity() >= 3 || request.injuryType() == InjuryType.CONCUSSION;
        injury.describe(request.injuryType(), request.bodyPart().trim(), request.mechanism(), request.injuryDate(),
                request.severity(), request.expectedReturn(), clearance, request.diagnosis(), request.notes());
        injury = injuries.save(injury);
        publish(EventTypes.MEDICAL_INJURY_REPORTED, injury);
        availability.change(player, injuredBy(injury));
        return injury;
    }

    @Transactional
    public InjuryAccess read(CurrentUser user, UUID injuryId, MedicalResource resource) {
        InjuryAccess found = requireReadable(user, injuryId);
        audit.playerRead(user, found.access(), resource, injuryId);
        return found;
    }

    /** The injury if the caller has full access to its player (404/403 otherwise); not audited. */
    @Transactional(readOnly = true)
    public InjuryAccess requireReadable(CurrentUser user, UUID injuryId) {
        Injury injury = injuries.findById(injuryId).orElseThrow(() -> new NotFoundException("Injury", injuryId));
        if (!user.isPlatformWide() && !injury.getOrganizationId().equals(user.organizationId())) {
            throw new NotFoundException("Injury", injuryId);
        }
        PlayerAccess access = policy.requireFull(user, injury.getPlayerId());
        return new InjuryAccess(injury, access);
    }

    /** The injury and its player if the caller is the club's medical staff (403/404 otherwise). */
    @Transactional(readOnly = true)
    public Injury requireWritable(CurrentUser user, UUID injuryId) {
        UUID organization = policy.requireMedicalStaff(user);
        Injury injury = injuries.findById(injuryId).orElseThrow(() -> new NotFoundException("Injury", injuryId));
        if (!injury.getOrganizationId().equals(organization)) {
            throw new NotFoundException("Injury", injuryId);
        }
        policy.requireMedicalStaffFor(user, injury.getPlayerId());
        return injury;
    }

    @Transactional
    public Page<Injury> history(CurrentUser user, UUID playerId, InjuryStatus status, Pageable pageable) {
        PlayerAccess access = policy.requireFull(user, playerId);
        Page<Injury> page = status == null ? injuries.findByPlayerId(playerId, pageable)
                : injuries.findByPlayerIdAndStatus(playerId, status, pageable);
        audit.playerRead(user, access, MedicalResource.INJURY_HISTORY, null);
        return page;
    }

    /** Open (active or recovering) injuries of the club or one of its teams: medical staff only. */
    @Transactional
    public Page<Injury> open(CurrentUser user, UUID teamId, Pageable pageable) {
        Page<Injury> page;
        if (teamId == null) {
            page = injuries.findByOrganizationIdAndStatusIn(policy.requireMedicalStaff(user), OPEN, pageable);
        } else {
            TeamAccess team = policy.requireTeamRecords(user, teamId);
            List<UUID> players = roster.teamPlayers(teamId, team.organizationId());
            page = players.isEmpty() ? Page.empty(pageable)
                    : injuries.findByOrganizationIdAndPlayerIdInAndStatusIn(team.organizationId(), players, OPEN,
                            pageable);
        }
        Set<UUID> seen = new LinkedHashSet<>();
        page.forEach(i -> {
            if (seen.add(i.getPlayerId())) {
                audit.playerRead(user, i.getOrganizationId(), i.getPlayerId(), AccessLevel.FULL,
                        MedicalResource.ACTIVE_INJURIES);
            }
        });
        return page;
    }

    @Transactional
    public Injury update(CurrentUser user, UUID injuryId, UpdateInjury request) {
        Injury injury = requireWritable(user, injuryId);
        if (!injury.isAtVersion(request.version())) {
            throw new ApiException(ErrorCode.CONCURRENT_MODIFICATION,
                    "The injury was changed by someone else; reload it and try again");
        }
        if (request.status() == InjuryStatus.RECOVERED) {
            throw new BusinessRuleException("Recover an injury with POST /api/injuries/{id}/recover");
        }
        if (!injury.isOpen() && request.status() != null) {
            throw new ConflictException("The injury is recovered; report a new injury instead of reopening it");
        }
        requireReturnNotBefore(request.expectedReturn(), request.injuryDate());
        injury.describe(request.injuryType(), request.bodyPart().trim(), request.mechanism(), request.injuryDate(),
                request.severity(), request.expectedReturn(), request.clearanceRequired(), request.diagnosis(),
                request.notes());
        if (request.status() != null) {
            injury.changeStatus(request.status());
        }
        injury = injuries.saveAndFlush(injury);
        publish(EventTypes.MEDICAL_INJURY_UPDATED, injury);
        if (injury.isOpen()) {
            PlayerRef player = playerOf(injury);
            Optional<PlayerAvailability> current = availability.current(player.playerId());
            if (current.isPresent() && injury.getId().equals(current.get().getInjuryId())
                    && current.get().getStatus() == AvailabilityStatus.INJURED) {
                availability.change(player, injuredBy(injury));
            }
        }
        return injury;
    }

    @Transactional
    public Injury recover(CurrentUser user, UUID injuryId, RecoverInjury request) {
        Injury injury = requireWritable(user, injuryId);
        if (!injury.isOpen()) {
            throw new ConflictException("The injury is already recovered");
        }
        LocalDate on = request.recoveredOn() != null ? request.recoveredOn() : LocalDate.now(clock);
        if (on.isBefore(injury.getInjuryDate())) {
            throw new InvalidRequestException("recoveredOn", "must not be before the injury date");
        }
        boolean clearedNow = Boolean.TRUE.equals(request.cleared());
        if (injury.isClearanceRequired() && !clearedNow && !clearances.isCleared(injury.getId())) {
            throw new BusinessRuleException("This injury requires medical clearance before recovery: "
                    + "send cleared=true (or complete its return-to-play protocol)");
        }
        if (clearedNow) {
            clearances.record(injury.getOrganizationId(), injury.getPlayerId(), injury.getId(),
                    ClearanceStatus.CLEARED, request.clearanceNotes(), user.id(), on);
        }
        return close(injury, on);
    }

    /** Recovery through a completed return-to-play protocol (its full clearance is already recorded). */
    @Transactional
    public Injury recoverCleared(Injury injury, LocalDate on) {
        return injury.isOpen() ? close(injury, on) : injury;
    }

    /** A return-to-play protocol started: the injury is now recovering. */
    @Transactional
    public void markRecovering(Injury injury) {
        if (injury.getStatus() == InjuryStatus.ACTIVE) {
            injury.changeStatus(InjuryStatus.RECOVERING);
            injuries.save(injury);
            publish(EventTypes.MEDICAL_INJURY_UPDATED, injury);
        }
    }

    /** Soft delete of an injury entered in error; the player's availability follows. */
    @Transactional
    public void delete(CurrentUser user, UUID injuryId) {
        Injury injury = requireWritable(user, injuryId);
        boolean wasOpen = injury.isOpen();
        injuries.delete(injury);
        injuries.flush();
        if (wasOpen) {
            refreshAvailability(playerOf(injury), injury.getId(), LocalDate.now(clock));
        }
    }

    @Transactional(readOnly = true)
    public List<Injury> openInjuries(UUID playerId) {
        return injuries.findByPlayerIdAndStatusInOrderByInjuryDateDesc(playerId, OPEN);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean awaitsClearance(UUID playerId) {
        return openInjuries(playerId).stream().anyMatch(Injury::isClearanceRequired);
    }

    private Injury close(Injury injury, LocalDate on) {
        injury.recover(on);
        injury = injuries.saveAndFlush(injury);
        publish(EventTypes.MEDICAL_INJURY_RECOVERED, injury);
        refreshAvailability(playerOf(injury), injury.getId(), on);
        return injury;
    }

    /**
     * After an injury closed: if the player's status came from an injury, they are injured by the remaining open
     * injury with the latest expected return, or available when none is left. Other statuses (e.g. suspended) stay.
     */
    private void refreshAvailability(PlayerRef player, UUID closedInjuryId, LocalDate on) {
        Optional<PlayerAvailability> current = availability.current(player.playerId());
        if (current.isEmpty() || (current.get().getInjuryId() == null
                && current.get().getStatus() != AvailabilityStatus.INJURED)) {
            return;
        }
        List<Injury> remaining = openInjuries(player.playerId()).stream()
                .filter(i -> !i.getId().equals(closedInjuryId)).toList();
        if (remaining.isEmpty()) {
            LocalDate effective = on.isBefore(current.get().getEffectiveDate()) ? current.get().getEffectiveDate() : on;
            availability.change(player, new AvailabilityChange(AvailabilityStatus.AVAILABLE, effective, null, false,
                    null, null, AvailabilitySource.INJURY, closedInjuryId));
        } else {
            Injury latest = remaining.stream().max(Comparator.comparing(Injury::getExpectedReturn,
                    Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
            availability.change(player, injuredBy(latest));
        }
    }

    private AvailabilityChange injuredBy(Injury injury) {
        return new AvailabilityChange(AvailabilityStatus.INJURED, injury.getInjuryDate(), injury.getExpectedReturn(),
                injury.isClearanceRequired(), null, null, AvailabilitySource.INJURY, injury.getId());
    }

    private PlayerRef playerOf(Injury injury) {
        return roster.find(injury.getPlayerId())
                .filter(p -> Objects.equals(p.organizationId(), injury.getOrganizationId()))
                .orElseThrow(() -> new NotFoundException("Player", injury.getPlayerId()));
    }

    private void publish(String type, Injury injury) {
        events.publish(type, injury.getOrganizationId(), new InjuryChanged(injury.getId(), injury.getPlayerId(),
                injury.getOrganizationId(), injury.getBodyPart(), injury.getSeverity(), injury.getStatus().value(),
                injury.getInjuryDate(), injury.getExpectedReturn()));
    }

    private static void requireReturnNotBefore(LocalDate expectedReturn, LocalDate injuryDate) {
        if (expectedReturn != null && injuryDate != null && expectedReturn.isBefore(injuryDate)) {
            throw new InvalidRequestException("expectedReturn", "must not be before injuryDate");
        }
    }
}
